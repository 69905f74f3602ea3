import type { PulledChange } from '../../common/sync-protocol'
import { MAX_PULL_LIMIT, PullResponse } from '../../common/sync-protocol'
import type { LoketDb } from '../../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { applyPulledChange } from './apply'
import { SyncRetry } from './errors'
import type { SyncTarget } from './push'
import type { Fetch } from './transport'
import { callServer } from './transport'

/**
 * Pulls pages until the server has no more. Each page and the cursor after it commit in one
 * transaction, so a desk killed mid-pull resumes exactly where its last page ended.
 */
export async function pullChanges(
  db: LoketDb,
  target: SyncTarget,
  fetchImpl: Fetch,
  now: () => number,
  onSkipped: (change: PulledChange, error: unknown) => void = (change, error) =>
    console.error(
      `[loket] sync: skipped pulled change ${change.id} (${change.table}/${change.rowId}):`,
      error,
    ),
): Promise<number> {
  let applied = 0
  for (;;) {
    const cursor = Number(readMeta(db, 'sync_cursor') ?? '0')
    const answer = await callServer(
      fetchImpl,
      target.serverUrl,
      `/sync/pull?cursor=${cursor}&limit=${MAX_PULL_LIMIT}`,
      {
        method: 'GET',
        token: target.token,
      },
    )
    if (answer.status !== 200) throw SyncRetry.orStop(answer)
    const page = PullResponse.parse(answer.body)
    db.transaction(
      (tx) => {
        // Another pull may have moved the cursor meanwhile: never apply a page twice or go back.
        if (Number(readMeta(tx, 'sync_cursor') ?? '0') !== cursor) return
        for (const change of page.changes) {
          if (change.originDeskId === target.deskId) continue
          try {
            // A savepoint per change: one row this desk cannot take must not wedge every later page.
            tx.transaction((savepoint) => applyPulledChange(savepoint, change, now()))
          } catch (error) {
            onSkipped(change, error)
          }
        }
        writeMeta(tx, 'sync_cursor', String(page.nextCursor))
      },
      { behavior: 'immediate' },
    )
    applied += page.changes.length
    if (!page.hasMore) return applied
  }
}
