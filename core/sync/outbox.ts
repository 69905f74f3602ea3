import { getTableName } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { v7 as uuidv7 } from 'uuid'
import { outbox } from '../../db/schema'
import type { Db } from '../db'
import { CENTRAL_TABLES } from '../../common/sync-protocol'
import { isEnrolled, readMeta, writeMeta } from '../meta/local-meta'

export interface ChangeInput {
  table: SQLiteTable
  rowId: string
  op: 'upsert' | 'delete'
  hlc: string
  data: Record<string, unknown>
}

/**
 * Appends a change to the outbox. Must run in the transaction of the write it records: `seq`
 * rises by exactly one per change on this desk (SYNC-PROTOCOL.md), from a counter that is never
 * reused even after acknowledged entries are deleted.
 */
export function recordChange(db: Db, change: ChangeInput, now: number): number {
  const tableName = getTableName(change.table)
  // A stand-alone desk administers itself; an enrolled one leaves authority to the server, which
  // would refuse the change anyway. Reaching here is a bug: say so instead of queueing a reject.
  if ((CENTRAL_TABLES as readonly string[]).includes(tableName) && isEnrolled(db)) {
    throw new Error(`${tableName} is written centrally; an enrolled desk does not queue it`)
  }
  const seq = Number(readMeta(db, 'outbox_seq') ?? '0') + 1
  writeMeta(db, 'outbox_seq', String(seq))
  db.insert(outbox)
    .values({
      seq,
      changeId: uuidv7(),
      tableName,
      rowId: change.rowId,
      op: change.op,
      hlc: change.hlc,
      data: change.data,
      createdAt: now,
    })
    .run()
  return seq
}
