import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { SyncedTable } from '../../common/sync-protocol'
import { auditLog, desks, settings, users, visitStepEvents, visitors, visits } from '../../db/schema'

/** The desk's drizzle table for each synced table name of the protocol. */
export const SYNC_TABLES: Record<SyncedTable, SQLiteTable> = {
  settings,
  desks,
  users,
  visitors,
  visits,
  visit_step_events: visitStepEvents,
  audit_log: auditLog,
}
