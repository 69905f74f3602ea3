import type { HlcState } from '../../common/hlc'
import { formatHlc, tickHlc } from '../../common/hlc'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

/** The sync columns a desk writes on every row it creates or changes. */
export interface SyncStamp {
  hlc: string
  updatedAt: number
  originDesk: string
}

export class DeskNotSetUpError extends Error {
  override name = 'DeskNotSetUpError'
}

export function requireDeskId(db: Db): string {
  const deskId = readMeta(db, 'desk_id')
  if (!deskId) throw new DeskNotSetUpError('this desk has no identity yet (first-run setup not done)')
  return deskId
}

/**
 * Advances this desk's hybrid logical clock inside the caller's transaction, so the clock state
 * and the write it stamps commit (or roll back) together.
 */
export function nextStamp(db: Db, now: number): SyncStamp {
  const deskId = requireDeskId(db)
  const stored = readMeta(db, 'hlc')
  const previous: HlcState = stored ? (JSON.parse(stored) as HlcState) : { millis: 0, counter: 0 }
  const next = tickHlc(previous, now)
  writeMeta(db, 'hlc', JSON.stringify(next))
  return { hlc: formatHlc(next, deskId), updatedAt: now, originDesk: deskId }
}
