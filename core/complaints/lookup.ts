import { desc, eq, inArray, sql } from 'drizzle-orm'
import { isComplaintNumber } from '../../common/complaints/complaint'
import type { ComplaintHit, ComplaintLookup } from '../../common/complaints/views'
import { maskNik } from '../../common/identity/nik'
import { withoutInvisible } from '../../common/identity/normalize'
import { normalizePhone } from '../../common/phone'
import { isVisitNumber } from '../../common/queue-number'
import { nameWords, phoneticKey } from '../../common/search/name-keys'
import { complaintStates, complaints, visits } from '../../db/schema'
import type { Db } from '../db'
import { perHandle } from '../per-handle'
import { searchVisitors } from '../visitors/search'
import type { ComplaintRow } from './derive'

/** How many visitors a name, NIK or phone query looks at for their complaints. */
const VISITOR_FANOUT = 20

type StateRow = typeof complaintStates.$inferSelect

/**
 * The lookup's fixed statements, built once per handle (as core/meta/local-meta.ts does): drizzle
 * builds a query's SQL in JavaScript on every call, which was most of a number lookup's time beside
 * its two index reads (tests/bench/complaints.ts). A list of ids travels as one JSON parameter.
 */
function buildStatements(db: Db) {
  const ids = sql`(select value from json_each(${sql.placeholder('ids')}))`
  return {
    byNumber: db
      .select()
      .from(complaints)
      .where(
        sql`${complaints.number} = ${sql.placeholder('local')} or ${complaints.laporTrackingId} in (${sql.placeholder('given')}, ${sql.placeholder('local')})`,
      )
      .prepare(),
    byNik: db
      .select()
      .from(complaints)
      .where(eq(complaints.complainantNik, sql.placeholder('nik')))
      .limit(sql.placeholder('limit'))
      .prepare(),
    byPhone: db
      .select()
      .from(complaints)
      .where(eq(complaints.complainantPhone, sql.placeholder('phone')))
      .limit(sql.placeholder('limit'))
      .prepare(),
    byIds: db
      .select()
      .from(complaints)
      .where(sql`${complaints.id} in ${ids}`)
      .prepare(),
    states: db
      .select()
      .from(complaintStates)
      .where(sql`${complaintStates.complaintId} in ${ids}`)
      .prepare(),
  }
}
const statements = perHandle(buildStatements)

/** One complaint as a list shows it; `now` (ms UTC) decides overdue. */
export function toHit(row: ComplaintRow, state: StateRow | undefined, now: number): ComplaintHit {
  const dueAt = state?.dueAt ?? null
  return {
    id: row.id,
    number: row.number,
    laporTrackingId: row.laporTrackingId,
    channel: row.channel,
    classification: row.classification,
    category: row.category,
    subject: row.subject,
    complainantName: row.complainantName,
    nikMasked: row.complainantNik ? maskNik(row.complainantNik) : null,
    visitorId: row.visitorId,
    reportedAt: row.reportedAt,
    stage: state?.stage ?? null,
    holder: state?.holder ?? null,
    dueAt,
    overdue: dueAt !== null && dueAt < now,
  }
}

/** Hits for these complaint rows, in the order given, tombstones left out. */
export function hitsOf(db: Db, rows: readonly ComplaintRow[], now: number): ComplaintHit[] {
  const live = rows.filter((row) => row.deletedAt === null)
  if (live.length === 0) return []
  const states = new Map(
    statements(db)
      .states.all({ ids: JSON.stringify(live.map((row) => row.id)) })
      .map((state) => [state.complaintId, state]),
  )
  return live.map((row) => toHit(row, states.get(row.id), now))
}

const byIds = (db: Db, ids: readonly string[]): ComplaintRow[] =>
  ids.length === 0 ? [] : statements(db).byIds.all({ ids: JSON.stringify(ids) })

/** A complaint by its local number or LAPOR! tracking ID, as typed or scanned. */
export function complaintsByNumber(db: Db, text: string): ComplaintRow[] {
  const cleaned = withoutInvisible(text).trim()
  const local = cleaned.toUpperCase()
  // A LAPOR! ID is opaque: matched as given, and upper-cased, since a scanner or a hurried hand
  // may change its case.
  return db
    .select()
    .from(complaints)
    .where(sql`${complaints.number} = ${local} or ${complaints.laporTrackingId} in (${cleaned}, ${local})`)
    .all()
}

/** The complaints whose visits include this visit number (a receipt's QR code), most recent first. */
function complaintsOfVisitNumber(db: Db, visitNumber: string): ComplaintRow[] {
  const visit = db
    .select({ id: visits.id, complaintId: visits.complaintId })
    .from(visits)
    .where(eq(visits.visitNumber, visitNumber))
    .get()
  if (!visit) return []
  const registered = db.select().from(complaints).where(eq(complaints.visitId, visit.id)).all()
  const linked = visit.complaintId ? byIds(db, [visit.complaintId]) : []
  return dedupe([...linked, ...registered])
}

function dedupe(rows: readonly ComplaintRow[]): ComplaintRow[] {
  const seen = new Set<string>()
  return rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)))
}

/** Complaints of the visitors the visitor search finds for `query` (its rules: NIK, phone, names). */
function complaintsOfVisitors(db: Db, query: string, limit: number): ComplaintRow[] {
  const visitorIds = searchVisitors(db, query, VISITOR_FANOUT).map((hit) => hit.id)
  if (visitorIds.length === 0) return []
  const rows = db
    .select()
    .from(complaints)
    .where(inArray(complaints.visitorId, visitorIds))
    .orderBy(desc(complaints.reportedAt))
    .limit(limit * 4)
    .all()
  // The visitor search's order (best match, then most recent) comes first.
  const rank = new Map(visitorIds.map((id, index) => [id, index]))
  return rows
    .sort((a, b) => (rank.get(a.visitorId ?? '') ?? 0) - (rank.get(b.visitorId ?? '') ?? 0))
    .slice(0, limit)
}

/**
 * Complaints whose complainant is a name alone, by every word of `query` (phonetic keys, as the
 * visitor search reads names): an INTERSECT of one primary-key range per word.
 */
function complaintsByName(db: Db, query: string, limit: number): ComplaintRow[] {
  const keys = [...new Set(nameWords(query).map(phoneticKey))].filter((key) => key !== '')
  if (keys.length === 0) return []
  const parts = keys.map((key) => sql`select complaint_id from complaint_name_keys where key = ${key}`)
  const ids = db
    .all<{ complaint_id: string }>(sql`${sql.join(parts, sql` intersect `)} limit ${limit}`)
    .map((row) => row.complaint_id)
  return byIds(db, ids).sort((a, b) => b.reportedAt - a.reportedAt)
}

const NIK = /^\d{16}$/

/**
 * Finds complaints as an officer types or scans (issue 11 deliverable 3): a local number
 * (`ADU-LK1-20261201-0001`) or a LAPOR! tracking ID exactly; a visit number (a receipt's QR code)
 * through its visit; a NIK or phone number on the complaint or its visitor; otherwise a name, by
 * the visitor search's rules for registered complainants and by phonetic keys for the others.
 * Every path is an index lookup, so a lookup stays in milliseconds at a million complaints
 * (tests/bench/complaints.ts). `kind` says which reading matched, or what was tried when nothing did.
 */
export function lookupComplaints(db: Db, query: string, limit: number, now: number): ComplaintLookup {
  const text = withoutInvisible(query).trim()
  if (text === '') return { kind: 'empty', hits: [] }
  const upper = text.toUpperCase()
  if (isVisitNumber(upper) && !isComplaintNumber(upper)) {
    return { kind: 'visit', hits: hitsOf(db, complaintsOfVisitNumber(db, upper), now) }
  }
  const numbered = complaintsByNumber(db, text)
  if (numbered.length > 0 || isComplaintNumber(upper)) {
    return { kind: 'number', hits: hitsOf(db, numbered, now) }
  }
  const digits = text.replace(/[\s.-]/g, '')
  if (NIK.test(digits)) {
    const own = statements(db).byNik.all({ nik: digits, limit })
    // A complaint keeps its complainant's NIK as registered; the visitor search finds those of a
    // visitor whose NIK was added or corrected since.
    const rows = own.length > 0 ? own : complaintsOfVisitors(db, digits, limit)
    return { kind: 'nik', hits: hitsOf(db, rows, now) }
  }
  const phone = /^[+\d\s().-]+$/.test(text) ? normalizePhone(text) : null
  if (phone?.ok) {
    const own = statements(db).byPhone.all({ phone: phone.value.e164, limit })
    const rows = own.length > 0 ? own : complaintsOfVisitors(db, text, limit)
    return { kind: 'phone', hits: hitsOf(db, rows, now) }
  }
  // One word without spaces that is no name (digits or symbols in it): a tracking ID that matched nothing.
  if (!/\s/.test(text) && /[\d/_-]/.test(text)) return { kind: 'number', hits: [] }
  const rows = dedupe([...complaintsOfVisitors(db, text, limit), ...complaintsByName(db, text, limit)])
  return { kind: 'name', hits: hitsOf(db, rows.slice(0, limit), now) }
}
