import { eq } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { SyncedTable } from '../../common/sync-protocol'
import type { Db } from '../db'
import { reindexVisitor } from '../visitors/search-index'
import { complaintChanged, complaintEventChanged } from '../complaints/derive'
import {
  auditLog,
  complaintEvents,
  complaints,
  consultationEvents,
  consultations,
  desks,
  documents,
  holidays,
  printLog,
  settings,
  users,
  visitStepEvents,
  skmResponses,
  visitors,
  visits,
} from '../../db/schema'

/** The desk's drizzle table for each synced table name of the protocol. */
export const SYNC_TABLES: Record<SyncedTable, SQLiteTable> = {
  settings,
  desks,
  users,
  visitors,
  visits,
  visit_step_events: visitStepEvents,
  audit_log: auditLog,
  holidays,
  documents,
  print_log: printLog,
  complaints,
  complaint_events: complaintEvents,
  consultations,
  consultation_events: consultationEvents,
  skm_responses: skmResponses,
}

/** Local data derived from synced rows (the visitor search index), refreshed when a pulled change lands. */
export const AFTER_APPLY: Partial<Record<SyncedTable, (db: Db, rowId: string) => void>> = {
  visitors: reindexVisitor,
  // A visit at another desk makes its visitor a recent one here too.
  visits: (db, visitId) => {
    const visit = db.select({ visitorId: visits.visitorId }).from(visits).where(eq(visits.id, visitId)).get()
    if (visit) reindexVisitor(db, visit.visitorId)
  },
  complaints: complaintChanged,
  complaint_events: complaintEventChanged,
}
