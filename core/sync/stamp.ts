import type { HlcState } from '../../common/hlc'
import { MAX_CLOCK_AHEAD_MS, formatHlc, tickHlc } from '../../common/hlc'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { clockOffset } from './clock'

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
 *
 * The clock never goes backwards (docs/SYNC-PROTOCOL.md) with one exception, amended there: when
 * it stands further ahead of both this PC's clock and the server's (as last measured) than the
 * server accepts, this PC's clock ran ahead and has since been put right. Everything stamped in
 * that time was refused by the server (`clock_ahead`) and is sent again re-stamped
 * (core/sync/requeue.ts); keeping the clock there would have the server refuse this desk's
 * changes for as long as the clock had been wrong. It restarts from this PC's time.
 */
export function nextStamp(db: Db, now: number): SyncStamp {
  const deskId = requireDeskId(db)
  const stored = readMeta(db, 'hlc')
  const previous: HlcState = stored ? (JSON.parse(stored) as HlcState) : { millis: 0, counter: 0 }
  const serverNow = now + (clockOffset(db)?.offsetMs ?? 0)
  const ranAhead = previous.millis > Math.max(now, serverNow) + MAX_CLOCK_AHEAD_MS
  const next = tickHlc(ranAhead ? { millis: 0, counter: 0 } : previous, now)
  writeMeta(db, 'hlc', JSON.stringify(next))
  return { hlc: formatHlc(next, deskId), updatedAt: now, originDesk: deskId }
}
