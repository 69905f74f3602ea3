import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { ChainHolder } from '../../common/complaints/chain'
import { formatComplaintNumber } from '../../common/complaints/complaint'
import type { ComplaintRegisterInput } from '../../common/complaints/complaint'
import { complaintTimeline, hopOf } from '../../common/complaints/deadlines'
import type { ComplaintDetail, ComplaintHit, ComplaintOverdue } from '../../common/complaints/views'
import { officeDay } from '../../common/calendar/office-day'
import { LoketError } from '../../common/errors'
import { normalizePhone } from '../../common/phone'
import { complaintEvents, complaintStates, complaints, desks, visits } from '../../db/schema'
import { officeCalendar, officeTimeZone } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { nextStamp, requireDeskId } from '../sync/stamp'
import { appendSyncedRow, writeSyncedRow } from '../sync/write'
import { requireVisitor } from '../visitors/repository'
import { nextDayCounter } from '../visits/numbering'
import type { VisitRow } from '../visits/store'
import { requireVisit } from '../visits/store'
import type { ComplaintRow } from './derive'
import { chainEvents, complaintChanged, deadlineTable, eventsOfComplaint, retimeIfStale } from './derive'
import { complaintsByNumber, hitsOf } from './lookup'

/**
 * Complaints at the desk (issue 11): registering a walk-in complaint with its local number, linking
 * its LAPOR! ID, linking a visit to the complaint it is about (step 4 of seed 001), and reading a
 * complaint whole with its timeline and deadlines.
 */

/**
 * Who receives a complaint made at the agency's own counter: the agency's administrator (seed 004:
 * reports reach the agency straight, not only through the national administrator).
 */
export const DESK_REPORT_HOLDER: ChainHolder = 'admin_instansi'

export function requireComplaint(db: Db, id: string): ComplaintRow {
  const row = db.select().from(complaints).where(eq(complaints.id, id)).get()
  if (!row || row.deletedAt !== null) throw new LoketError('complaint_not_found')
  return row
}

function nextComplaintNumber(db: Db, day: string): string {
  const desk = readOwnDesk(db)
  if (!desk) throw new Error('a complaint is numbered before the desk has an identity')
  for (;;) {
    const number = formatComplaintNumber(desk.code, day, nextDayCounter(db, day, 'complaint'))
    // A desk code once held by a since-revoked desk may have numbered complaints that synced here.
    if (!db.select({ id: complaints.id }).from(complaints).where(eq(complaints.number, number)).get())
      return number
  }
}

function refuseTakenLaporId(db: Db, trackingId: string, exceptId: string | null): void {
  const taken = complaintsByNumber(db, trackingId).find(
    (row) => row.laporTrackingId !== null && row.id !== exceptId,
  )
  if (taken)
    throw new LoketError('lapor_id_taken', {
      trackingId,
      number: taken.number ?? taken.laporTrackingId ?? '',
    })
}

/**
 * Registers a complaint made at this desk (purpose "Pengaduan baru"): its local number at once
 * (`ADU-LK1-20261201-0001`, per desk and office day), the complainant as the visitor or a name, and
 * its `reported` event to the agency's administrator, in the caller's transaction. With `visitId`,
 * the visit and the complaint are linked both ways. Throws LoketError visitor_not_found,
 * visit_not_found, lapor_id_taken.
 */
export function registerComplaint(
  ctx: CoreContext,
  tx: Db,
  input: ComplaintRegisterInput & { visitId?: string | undefined },
  userId: string,
): ComplaintRow {
  const now = ctx.now()
  const deskId = requireDeskId(tx)
  const visit = input.visitId ? requireVisit(tx, input.visitId) : null
  const visitor =
    'visitorId' in input.complainant
      ? requireVisitor(tx, input.complainant.visitorId)
      : visit
        ? requireVisitor(tx, visit.visitorId)
        : null
  if (input.laporTrackingId) refuseTakenLaporId(tx, input.laporTrackingId, null)
  const phone = visitor?.phone ? normalizePhone(visitor.phone) : null
  const row: ComplaintRow = {
    id: uuidv7(),
    deletedAt: null,
    number: nextComplaintNumber(tx, officeDay(now, officeTimeZone(tx))),
    laporTrackingId: input.laporTrackingId ?? null,
    channel: input.channel,
    classification: input.classification,
    category: input.category,
    subject: input.subject,
    visitorId: visitor?.id ?? null,
    complainantName: visitor?.fullName ?? ('name' in input.complainant ? input.complainant.name : ''),
    complainantNik: visitor?.nik ?? null,
    complainantPhone: phone?.ok ? phone.value.e164 : null,
    reportedAt: now,
    deskId,
    visitId: visit?.id ?? null,
    createdBy: userId,
    ...nextStamp(tx, now),
  }
  writeSyncedRow(tx, complaints, row, now)
  appendSyncedRow(
    tx,
    complaintEvents,
    {
      id: uuidv7(),
      complaintId: row.id,
      kind: 'reported',
      at: now,
      by: DESK_REPORT_HOLDER,
      to: null,
      actor: null,
      note: null,
      deskId,
      userId,
      ...stampOf(tx, now),
    },
    now,
  )
  complaintChanged(tx, row.id)
  if (visit) linkVisit(tx, visit, row.id, now)
  return row
}

const stampOf = (db: Db, now: number) => {
  const { hlc, originDesk } = nextStamp(db, now)
  return { hlc, originDesk }
}

/**
 * Links the LAPOR! tracking ID to a complaint this desk registered (it is known only once the
 * report is entered in SP4N-LAPOR!). Throws complaint_not_found, complaint_not_own_desk (the centre
 * and other desks change their own), lapor_id_taken.
 */
export function linkLaporId(ctx: CoreContext, tx: Db, complaintId: string, trackingId: string): ComplaintRow {
  const now = ctx.now()
  const complaint = requireComplaint(tx, complaintId)
  requireOwn(tx, complaint)
  refuseTakenLaporId(tx, trackingId, complaint.id)
  const row: ComplaintRow = { ...complaint, laporTrackingId: trackingId, ...nextStamp(tx, now) }
  writeSyncedRow(tx, complaints, row, now)
  return row
}

function requireOwn(db: Db, complaint: ComplaintRow): void {
  if (complaint.deskId === requireDeskId(db)) return
  const desk = db.select({ code: desks.code }).from(desks).where(eq(desks.id, complaint.deskId)).get()
  throw new LoketError('complaint_not_own_desk', {
    where: desk ? `loket ${desk.code}` : complaint.deskId === 'central' ? 'server pusat' : 'loket lain',
  })
}

function linkVisit(db: Db, visit: VisitRow, complaintId: string | null, now: number): VisitRow {
  if (visit.complaintId === complaintId) return visit
  const row: VisitRow = { ...visit, complaintId, ...nextStamp(db, now) }
  writeSyncedRow(db, visits, row, now)
  return row
}

/**
 * Step 4 of the inquiry (seed 001): the complaint this visit is about, or none (`complaintId`
 * null). Only while the visit runs: a finished visit's note was printed from what it held. Throws
 * visit_not_found, complaint_not_found, visit_not_open_for_complaint.
 */
export function setVisitComplaint(
  ctx: CoreContext,
  tx: Db,
  visitId: string,
  complaintId: string | null,
): VisitRow {
  const visit = requireVisit(tx, visitId)
  if (visit.status !== 'waiting' && visit.status !== 'in_progress')
    throw new LoketError('visit_not_open_for_complaint')
  if (complaintId !== null) requireComplaint(tx, complaintId)
  return linkVisit(tx, visit, complaintId, ctx.now())
}

/** Complaint numbers and LAPOR! IDs written in a note (`ADU-LK1-20261201-0001`, `LPR-123456`). */
const NUMBER_IN_TEXT = /[A-Za-z0-9][A-Za-z0-9/_-]{4,63}/g

/**
 * The complaints a visit is likely about, best first: any complaint or LAPOR! number the
 * receptionist typed into the visit's note, then the visitor's own complaints (by visitor, then by
 * NIK), most recent first. At most 10.
 */
export function suggestForVisit(ctx: CoreContext, visitId: string): ComplaintHit[] {
  const db = ctx.db
  const visit = requireVisit(db, visitId)
  const visitor = requireVisitor(db, visit.visitorId)
  const named = [...(visit.notes ?? '').matchAll(NUMBER_IN_TEXT)]
    .map((match) => match[0])
    .filter((word) => /\d/.test(word))
    .flatMap((word) => complaintsByNumber(db, word))
  const own = db
    .select()
    .from(complaints)
    .where(eq(complaints.visitorId, visitor.id))
    .orderBy(desc(complaints.reportedAt))
    .limit(10)
    .all()
  const byNik = visitor.nik
    ? db
        .select()
        .from(complaints)
        .where(eq(complaints.complainantNik, visitor.nik))
        .orderBy(desc(complaints.reportedAt))
        .limit(10)
        .all()
    : []
  const seen = new Set<string>()
  const rows = [...named, ...own, ...byNik].filter((row) =>
    seen.has(row.id) ? false : (seen.add(row.id), true),
  )
  return hitsOf(db, rows.slice(0, 10), ctx.now())
}

/**
 * A complaint whole (issue 11 deliverable 3): the record, every event with who, when, from whom to
 * whom (an event that never fit the chain shown with why), each hop with its deadline met or
 * missed on the office calendar, and the visits it came up in. Throws complaint_not_found.
 */
export function complaintDetail(ctx: CoreContext, id: string): ComplaintDetail {
  const db = ctx.db
  const now = ctx.now()
  const complaint = requireComplaint(db, id)
  const rows = eventsOfComplaint(db, id)
  const table = deadlineTable(db)
  const { history, hops } = complaintTimeline(chainEvents(rows), table, officeCalendar(db), now)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const [hit] = hitsOf(db, [complaint], now)
  if (!hit) throw new LoketError('complaint_not_found')
  const visitRows = db
    .select({
      id: visits.id,
      visitNumber: visits.visitNumber,
      arrivedAt: visits.arrivedAt,
      status: visits.status,
      outcome: visits.outcome,
    })
    .from(visits)
    .where(sql`${visits.complaintId} = ${id} or ${visits.id} = ${complaint.visitId ?? ''}`)
    .orderBy(asc(visits.arrivedAt))
    .all()
  return {
    ...hit,
    complainantPhone: complaint.complainantPhone,
    deskId: complaint.deskId,
    ownDesk: complaint.deskId === requireDeskId(db),
    events: history.map((event) => ({
      id: event.id,
      kind: event.kind,
      at: event.at,
      by: event.by,
      to: event.to,
      actor: byId.get(event.id)?.actor ?? null,
      note: byId.get(event.id)?.note ?? null,
      refused: event.refused,
    })),
    hops: hops.map((hop) => {
      const line = hopOf(table, hop.state)
      return {
        stage: hop.state.stage,
        holder: hop.state.holder,
        startedAt: hop.startedAt,
        endedAt: hop.endedAt,
        dueAt: hop.dueAt,
        met: hop.met,
        step: line?.step ?? null,
        standard: line?.standard ?? null,
      }
    }),
    deadlines: { version: table.version, source: table.source },
    visits: visitRows,
  }
}

/**
 * Open complaints past their running hop's deadline, most overdue first, for the officers' board
 * (issue 11 deliverable 2). Times the open complaints again first if the deadline table or the
 * calendar changed (a write; hence the transaction).
 */
export function overdueComplaints(ctx: CoreContext, limit: number): ComplaintOverdue {
  const db = ctx.db
  const now = ctx.now()
  db.transaction((tx) => retimeIfStale(tx), { behavior: 'immediate' })
  const late = and(isNotNull(complaintStates.dueAt), lt(complaintStates.dueAt, now))
  const count =
    db
      .select({ n: sql<number>`count(*)` })
      .from(complaintStates)
      .where(late)
      .get()?.n ?? 0
  const ids = db
    .select({ id: complaintStates.complaintId })
    .from(complaintStates)
    .where(late)
    .orderBy(asc(complaintStates.dueAt))
    .limit(limit)
    .all()
    .map((row) => row.id)
  const rows = ids.length
    ? db
        .select()
        .from(complaints)
        .where(sql`${complaints.id} in (select value from json_each(${JSON.stringify(ids)}))`)
        .all()
    : []
  const order = new Map(ids.map((id, index) => [id, index]))
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  return { count, items: hitsOf(db, rows, now) }
}
