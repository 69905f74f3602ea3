import { getTableName } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { v7 as uuidv7 } from 'uuid'
import { outbox } from '../../db/schema'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

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
  const seq = Number(readMeta(db, 'outbox_seq') ?? '0') + 1
  writeMeta(db, 'outbox_seq', String(seq))
  db.insert(outbox)
    .values({
      seq,
      changeId: uuidv7(),
      tableName: getTableName(change.table),
      rowId: change.rowId,
      op: change.op,
      hlc: change.hlc,
      data: change.data,
      createdAt: now,
    })
    .run()
  return seq
}
