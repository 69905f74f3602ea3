import { and, asc, eq } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { getTableColumns } from 'drizzle-orm'
import { CLOCK_WARNING_MS } from '../../common/hlc'
import { APPEND_ONLY_TABLES, CENTRAL_TABLES, isSyncedTable } from '../../common/sync-protocol'
import { syncRejects } from '../../db/schema'
import type { Db } from '../db'
import { clockOffset } from './clock'
import { recordChange } from './outbox'
import { nextStamp } from './stamp'
import { SYNC_TABLES } from './tables'

/**
 * Sends again the changes the server refused because this PC's clock ran ahead (`clock_ahead`),
 * once the clock is right again (within CLOCK_WARNING_MS of the server's). The answer that carried
 * a refusal also measured the clock (core/sync/push.ts), so the measurement is never older than
 * the refusals; their own times are not compared, they were taken by the wrong clock. A refused change whose row still carries its stamp is
 * re-stamped now and queued with a new seq (a row refused several times, once, in its latest state);
 * one whose row has been written since stays in the list (the newer write went up on its own). Nothing the desk saved is lost to a wrong clock (issue 7,
 * fault 3). One transaction; returns how many changes went back into the outbox.
 */
export function requeueClockRejects(db: Db, now: number): number {
  const measured = clockOffset(db)
  if (!measured || Math.abs(measured.offsetMs) > CLOCK_WARNING_MS) return 0
  const refused = db
    .select()
    .from(syncRejects)
    .where(eq(syncRejects.code, 'clock_ahead'))
    .orderBy(asc(syncRejects.seq))
    .all()
  if (refused.length === 0) return 0
  // A row refused twice is sent once, with its latest state: the earlier refusal is superseded.
  const latestOfRow = new Map(refused.map((reject) => [`${reject.tableName}:${reject.rowId}`, reject.seq]))
  return db.transaction(
    (tx) => {
      let queued = 0
      for (const reject of refused) {
        const name = reject.tableName
        if (!isSyncedTable(name) || CENTRAL_TABLES.includes(name)) continue
        if (!APPEND_ONLY_TABLES.includes(name) && latestOfRow.get(`${name}:${reject.rowId}`) !== reject.seq) {
          tx.delete(syncRejects).where(eq(syncRejects.seq, reject.seq)).run()
          continue
        }
        const table = SYNC_TABLES[name]
        const columns = getTableColumns(table) as Record<string, SQLiteColumn>
        const idColumn = columns.id
        const hlcColumn = columns.hlc
        if (!idColumn || !hlcColumn) continue
        const stampedHlc = reject.hlc ?? (reject.data as { hlc?: string }).hlc
        const row = tx
          .select()
          .from(table)
          .where(and(eq(idColumn, reject.rowId), eq(hlcColumn, stampedHlc ?? '')))
          .get() as Record<string, unknown> | undefined
        if (!row) continue
        const stamp = nextStamp(tx, now)
        // History rows keep their desk and time; only the HLC that orders them is renewed.
        const restamped = APPEND_ONLY_TABLES.includes(name)
          ? { ...row, hlc: stamp.hlc }
          : { ...row, ...stamp }
        tx.update(table).set(restamped).where(eq(idColumn, reject.rowId)).run()
        recordChange(tx, { table, rowId: reject.rowId, op: 'upsert', hlc: stamp.hlc, data: restamped }, now)
        tx.delete(syncRejects).where(eq(syncRejects.seq, reject.seq)).run()
        queued += 1
      }
      return queued
    },
    { behavior: 'immediate' },
  )
}
