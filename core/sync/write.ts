import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { getTableColumns } from 'drizzle-orm'
import type { Db } from '../db'
import { recordChange } from './outbox'

type Row<T extends SQLiteTable> = T['$inferInsert'] & { id: string; hlc: string }

/**
 * Writes a synced row (insert, or replace the whole row) and its outbox change in the caller's
 * transaction: the desk's write and the record that sends it up commit together or not at all.
 */
export function writeSyncedRow<T extends SQLiteTable>(db: Db, table: T, row: Row<T>, now: number): void {
  const id = getTableColumns(table).id
  if (!id) throw new Error('a synced table has an id column')
  db.insert(table).values(row).onConflictDoUpdate({ target: id, set: row }).run()
  recordChange(db, { table, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now)
}

/** Appends a history row (events, audit): only ever inserted, so it never conflicts. */
export function appendSyncedRow<T extends SQLiteTable>(db: Db, table: T, row: Row<T>, now: number): void {
  db.insert(table).values(row).run()
  recordChange(db, { table, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now)
}
