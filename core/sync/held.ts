import { asc, eq } from 'drizzle-orm'
import type { SyncedTable } from '../../common/sync-protocol'
import { isSyncedTable } from '../../common/sync-protocol'
import { sanitizeText } from '../../common/text'
import { syncHeld } from '../../db/schema'
import type { Db } from '../db'
import type { HoldReason } from './apply'
import { applyPulledChange, finishApplying, startApplying } from './apply'

/** A string field of a pulled change as it may be stored and shown, whatever arrived. */
const field = (raw: Record<string, unknown>, key: string) =>
  typeof raw[key] === 'string' ? sanitizeText(raw[key], 64) : ''

/**
 * Keeps a pulled change this desk could not apply, whole, with why (issue 7: no desk ever silently
 * drops a pulled change). In the caller's transaction, the one that moves the pull cursor past it.
 */
export function holdChange(
  db: Db,
  raw: Record<string, unknown> & { cursor: number },
  reason: HoldReason,
  now: number,
): void {
  const values = {
    cursor: raw.cursor,
    changeId: field(raw, 'id'),
    tableName: field(raw, 'table'),
    rowId: field(raw, 'rowId'),
    originDesk: field(raw, 'originDeskId'),
    change: raw,
    code: reason.code,
    message: reason.message,
    heldAt: now,
    attempts: 1,
  }
  db.insert(syncHeld)
    .values(values)
    .onConflictDoUpdate({ target: syncHeld.cursor, set: { code: reason.code, message: reason.message } })
    .run()
}

/**
 * Tries every held change again, oldest first, in one transaction: one that applies now (the row it
 * needed arrived, or this version learnt its table) leaves the list; the others keep their place
 * with the latest reason. Applying is idempotent and last-writer-wins, so a late change never
 * overwrites a newer one. Returns the tables of those that landed.
 */
export function retryHeld(db: Db, now: number): Set<SyncedTable> {
  const landed = new Set<SyncedTable>()
  const held = db.select().from(syncHeld).orderBy(asc(syncHeld.cursor)).all()
  if (held.length === 0) return landed
  db.transaction(
    (tx) => {
      const context = startApplying(tx, now)
      for (const entry of held) {
        const reason = applyPulledChange(tx, entry.change, context)
        if (reason === null) {
          tx.delete(syncHeld).where(eq(syncHeld.cursor, entry.cursor)).run()
          if (isSyncedTable(entry.tableName)) landed.add(entry.tableName)
        } else {
          tx.update(syncHeld)
            .set({ code: reason.code, message: reason.message, attempts: entry.attempts + 1 })
            .where(eq(syncHeld.cursor, entry.cursor))
            .run()
        }
      }
      finishApplying(tx, context)
    },
    { behavior: 'immediate' },
  )
  return landed
}
