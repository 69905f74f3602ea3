import { createHash } from 'node:crypto'
import { and, eq, isNull, ne, or } from 'drizzle-orm'
import type { OfficeCalendar } from '../../common/calendar/working-time'
import type { ChainEvent } from '../../common/complaints/chain'
import type { DeadlineTable } from '../../common/complaints/deadlines'
import { SEED_004_DEADLINES, complaintTimeline } from '../../common/complaints/deadlines'
import { nameWords, phoneticKey } from '../../common/search/name-keys'
import { withDefaults } from '../../common/settings'
import { complaintEvents, complaintNameKeys, complaintStates, complaints } from '../../db/schema'
import { officeCalendar } from '../calendar/office-calendar'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { readOfficeSettings } from '../settings/repository'

/**
 * The local, derived side of complaints (db/schema.ts complaint_states, complaint_name_keys): where
 * each complaint stands, folded from its events, and its complainant's name as search keys. Kept
 * in step by every write here and by every pulled change (core/sync/tables.ts AFTER_APPLY).
 */

export type ComplaintRow = typeof complaints.$inferSelect
export type ComplaintEventRow = typeof complaintEvents.$inferSelect

/** The office's deadline table (issue 11 deliverable 2): the central setting, else seed 004's. */
export function deadlineTable(db: Db): DeadlineTable {
  const stored = readOfficeSettings(db)
  return stored ? withDefaults(stored).complaintDeadlines : SEED_004_DEADLINES
}

/** A complaint's events as the chain reads them. */
export function chainEvents(rows: readonly ComplaintEventRow[]): ChainEvent[] {
  return rows.map((row) => ({ id: row.id, kind: row.kind, at: row.at, by: row.by, to: row.to }))
}

export function eventsOfComplaint(db: Db, complaintId: string): ComplaintEventRow[] {
  return db.select().from(complaintEvents).where(eq(complaintEvents.complaintId, complaintId)).all()
}

/**
 * Folds one complaint's events into its stored state: stage, holder, when the running hop began
 * and when it is due on the office calendar (ms UTC). Runs in the caller's transaction.
 */
export function refreshComplaintState(
  db: Db,
  complaintId: string,
  basis: { table: DeadlineTable; calendar: OfficeCalendar } = {
    table: deadlineTable(db),
    calendar: officeCalendar(db),
  },
): void {
  const rows = eventsOfComplaint(db, complaintId)
  // `now` does not change stored times: a hop's due time depends only on when it began.
  const { state, hops } = complaintTimeline(chainEvents(rows), basis.table, basis.calendar, 0)
  const running = hops.at(-1)
  const open = state !== null && state.stage !== 'closed' && state.stage !== 'completed'
  const values = {
    complaintId,
    stage: state?.stage ?? null,
    holder: state?.holder ?? null,
    since: running?.startedAt ?? null,
    dueAt: open ? (running?.dueAt ?? null) : null,
    events: rows.length,
  }
  db.insert(complaintStates)
    .values(values)
    .onConflictDoUpdate({ target: complaintStates.complaintId, set: values })
    .run()
}

/**
 * Re-indexes a complainant's name (the visitor search's phonetic keys, common/search/name-keys.ts)
 * for a complaint whose complainant is a name alone; one linked to a visitor is found through the
 * visitor search instead. A tombstoned complaint leaves the index.
 */
export function indexComplaintName(db: Db, complaint: ComplaintRow): void {
  db.delete(complaintNameKeys).where(eq(complaintNameKeys.complaintId, complaint.id)).run()
  if (complaint.deletedAt !== null || complaint.visitorId !== null) return
  const keys = [...new Set(nameWords(complaint.complainantName).map(phoneticKey))].filter((key) => key !== '')
  if (keys.length === 0) return
  db.insert(complaintNameKeys)
    .values(keys.map((key) => ({ key, complaintId: complaint.id })))
    .onConflictDoNothing()
    .run()
}

/** After a complaint row was written or pulled: its name keys, and its state row if it has none yet. */
export function complaintChanged(db: Db, complaintId: string): void {
  const row = db.select().from(complaints).where(eq(complaints.id, complaintId)).get()
  if (!row) return
  indexComplaintName(db, row)
  const state = db
    .select({ id: complaintStates.complaintId })
    .from(complaintStates)
    .where(eq(complaintStates.complaintId, complaintId))
    .get()
  if (!state) refreshComplaintState(db, complaintId)
}

/** After an event was written or pulled: its complaint's state. */
export function complaintEventChanged(db: Db, eventId: string): void {
  const row = db
    .select({ complaintId: complaintEvents.complaintId })
    .from(complaintEvents)
    .where(eq(complaintEvents.id, eventId))
    .get()
  if (row) refreshComplaintState(db, row.complaintId)
}

/**
 * Times the open complaints again when the deadline table or the office calendar (holidays, cuti
 * bersama, office hours) changed since they were last timed: a digest of both is kept in
 * local_meta, so this costs one digest when nothing changed, whichever path (sync, an
 * administrator, a stand-alone desk's own calendar) changed them. Completed and closed complaints
 * have no running deadline and are left alone. Runs in the caller's transaction; returns how many
 * complaints it timed again.
 */
export function retimeIfStale(db: Db): number {
  const table = deadlineTable(db)
  const calendar = officeCalendar(db)
  const digest = createHash('sha256')
    .update(JSON.stringify({ table, calendar: { ...calendar, holidays: [...calendar.holidays].sort() } }))
    .digest('hex')
  if (readMeta(db, 'complaint_deadline_basis') === digest) return 0
  const open = db
    .select({ id: complaintStates.complaintId })
    .from(complaintStates)
    .where(
      or(
        isNull(complaintStates.stage),
        and(ne(complaintStates.stage, 'closed'), ne(complaintStates.stage, 'completed')),
      ),
    )
    .all()
  for (const { id } of open) refreshComplaintState(db, id, { table, calendar })
  writeMeta(db, 'complaint_deadline_basis', digest)
  return open.length
}
