import type { SyncedTable } from '../../common/sync-protocol'
import { MAX_PULL_LIMIT, PullPage, isSyncedTable } from '../../common/sync-protocol'
import type { LoketDb } from '../../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { applyPulledChange, finishApplying, startApplying } from './apply'
import { noteServerTime } from './clock'
import { SyncRetry } from './errors'
import { holdChange } from './held'
import type { SyncTarget } from './push'
import type { Fetch } from './transport'
import { callServer } from './transport'

/**
 * Pulls pages until the server has no more. Each page and the cursor after it commit in one
 * transaction, so a desk killed mid-pull resumes exactly where its last page ended. A change this
 * desk cannot apply is held (core/sync/held.ts) in that same transaction: kept and reported, never
 * dropped, and never able to stop the pages after it. Returns how many changes came down, and the
 * tables of those applied (what the desk's windows must show anew).
 */
export async function pullChanges(
  db: LoketDb,
  target: SyncTarget,
  fetchImpl: Fetch,
  now: () => number,
): Promise<{ count: number; tables: Set<SyncedTable> }> {
  let pulled = 0
  const tables = new Set<SyncedTable>()
  for (;;) {
    const cursor = Number(readMeta(db, 'sync_cursor') ?? '0')
    const sentAt = now()
    const answer = await callServer(
      fetchImpl,
      target.serverUrl,
      `/sync/pull?cursor=${cursor}&limit=${MAX_PULL_LIMIT}`,
      { method: 'GET', token: target.token },
    )
    if (answer.status !== 200) throw SyncRetry.orStop(answer)
    const page = PullPage.parse(answer.body)
    db.transaction(
      (tx) => {
        // Another pull may have moved the cursor meanwhile: never apply a page twice or go back.
        if (Number(readMeta(tx, 'sync_cursor') ?? '0') !== cursor) return
        // Before applying: the server's clock is what pulled HLCs are checked against.
        noteServerTime(tx, page.serverTime, sentAt, now())
        const context = startApplying(tx, now())
        for (const change of page.changes) {
          if (change.originDeskId === target.deskId) continue
          const held = applyPulledChange(tx, change, context)
          if (held) holdChange(tx, change, held, context.now)
          else if (typeof change.table === 'string' && isSyncedTable(change.table)) tables.add(change.table)
        }
        finishApplying(tx, context)
        writeMeta(tx, 'sync_cursor', String(page.nextCursor))
      },
      { behavior: 'immediate' },
    )
    pulled += page.changes.length
    if (!page.hasMore) return { count: pulled, tables }
  }
}
