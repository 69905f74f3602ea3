import { eq, getTableColumns } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { HlcState } from '../../common/hlc'
import { parseHlc, receiveHlc } from '../../common/hlc'
import type { PulledChange, SyncedTable } from '../../common/sync-protocol'
import { APPEND_ONLY_TABLES, SYNCED_TABLES } from '../../common/sync-protocol'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { AFTER_APPLY, SYNC_TABLES } from './tables'

function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name)
}

/** Keeps the columns this desk knows; a newer desk's extra columns are dropped, never an error. */
function knownColumns(table: SQLiteTable, data: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table)
  return Object.fromEntries(Object.entries(data).filter(([key]) => key in columns))
}

function column(table: SQLiteTable, name: string): SQLiteColumn {
  const found = getTableColumns(table)[name]
  if (!found) throw new Error(`table has no ${name} column`)
  return found
}

/** Advances this desk's clock past a pulled HLC, so its next writes sort after what it has seen. */
function observe(db: Db, hlc: string, now: number): void {
  const stored = readMeta(db, 'hlc')
  const state: HlcState = stored ? (JSON.parse(stored) as HlcState) : { millis: 0, counter: 0 }
  writeMeta(db, 'hlc', JSON.stringify(receiveHlc(state, hlc, now)))
}

/**
 * Applies one pulled change inside the caller's transaction. Append-only history is inserted once;
 * row state follows the last writer by (hlc, origin desk); a stale change is skipped. Nothing here
 * goes to the outbox: a change that came down never echoes back up.
 */
export function applyPulledChange(db: Db, change: PulledChange, now: number): void {
  if (!isSyncedTable(change.table)) return
  const table = SYNC_TABLES[change.table]
  observe(db, change.hlc, now)
  // The envelope is authoritative for the sync columns, so a row that arrives without them still fits.
  const values = {
    updatedAt: parseHlc(change.hlc).millis,
    ...knownColumns(table, change.data),
    id: change.rowId,
    hlc: change.hlc,
    originDesk: change.originDeskId,
  }
  if ((APPEND_ONLY_TABLES as readonly string[]).includes(change.table)) {
    db.insert(table).values(values).onConflictDoNothing().run()
    return
  }
  const idColumn = column(table, 'id')
  const existing = db
    .select({ hlc: column(table, 'hlc'), originDesk: column(table, 'originDesk') })
    .from(table)
    .where(eq(idColumn, change.rowId))
    .get() as { hlc: string; originDesk: string } | undefined
  if (
    existing &&
    (existing.hlc > change.hlc || (existing.hlc === change.hlc && existing.originDesk >= change.originDeskId))
  ) {
    return
  }
  db.insert(table).values(values).onConflictDoUpdate({ target: idColumn, set: values }).run()
  AFTER_APPLY[change.table]?.(db, change.rowId)
}
