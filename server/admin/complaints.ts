import { and, desc, eq, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import type { ChainEvent, ChainState, FoldedEvent } from '../../common/complaints/chain'
import {
  COMPLAINT_EVENT_KINDS,
  ChainHolder,
  foldChain,
  holderAbove,
  holderBelow,
} from '../../common/complaints/chain'
import type { ComplaintChannel as ComplaintChannelType } from '../../common/complaints/complaint'
import {
  CENTRAL_COMPLAINT_CODE,
  ComplaintChannel,
  ComplaintClass,
  LaporTrackingId,
} from '../../common/complaints/complaint'
import { DeadlineTable, SEED_004_DEADLINES } from '../../common/complaints/deadlines'
import { officeDay } from '../../common/calendar/office-day'
import { MAX_CLOCK_AHEAD_MS } from '../../common/hlc'
import { digitsOnly } from '../../common/identity/normalize'
import { localize } from '../../common/localized'
import { normalizePhone } from '../../common/phone'
import { SYNC_ROWS } from '../../common/sync-rows'
import { SafeString } from '../../common/text'
import type { ServerDb } from '../database'
import { rows } from '../schema'
import { lockOfficeLog } from '../sync/push'
import { CENTRAL, STANDING, officeTable, requireOffice, writeCentralRowLocked } from './central-rows'
import { COMPLAINT_ADMIN_WORDING, ComplaintRefusal, chainRefusal } from './complaint-errors'
import type { StoredComplaint, StoredEvent } from './complaint-rows'
import {
  COMPLAINTS_TABLE,
  COMPLAINT_EVENTS_TABLE,
  centralNumberPrefix,
  cleanRef,
  eventData,
  eventsOf,
  findComplaint,
  lastSerial,
  laporExpr,
  numberExpr,
  officeTimeZone,
  settingRowId,
  toStoredComplaint,
} from './complaint-rows'

/**
 * Complaints from the centre (issue 11, deliverable 5): the administrator registers complaints
 * (from LAPOR!, letters, e-mail) and records their way along SP4N-LAPOR!'s chain (seed 004), as
 * central rows every desk of the office pulls and shows offline. ARCHITECTURE.md "Trust": apart
 * from a desk's own walk-in report, complaints and their events are written only here.
 */

const OfficeId = z.string({ error: 'required' }).trim().min(1, 'required').max(64, 'too_long')
const Ref = z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'too_long')
/** Optional text; an empty field (a form, a CSV cell) counts as not given. */
const emptyAsMissing = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value
const OptionalText = (max: number) =>
  z.preprocess(emptyAsMissing, z.string().trim().max(max, 'too_long').pipe(SafeString).optional())
export const RequiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long').pipe(SafeString)

/** An NIK as typed or copied (separators and invisible characters dropped): 16 digits (PRODUCT.md). */
export const Nik = z
  .string()
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{16}$/, 'nik_format'))

/** A phone number as typed, stored normalised as E.164 (PRODUCT.md; common/phone.ts). */
export const Phone = z.string().transform((typed, ctx) => {
  const parsed = normalizePhone(typed)
  if (parsed.ok) return parsed.value.e164
  ctx.addIssue({ code: 'custom', message: parsed.error, ...(parsed.params ? { params: parsed.params } : {}) })
  return z.NEVER
})

/** An instant: ms UTC, or an ISO 8601 date-time with its zone (`2026-11-24T08:00+07:00`). */
export const Instant = z.union([
  z.number().int('invalid').min(0, 'invalid').max(253_402_300_799_999, 'invalid'),
  z.string().transform((text, ctx) => {
    const at = Date.parse(text.trim())
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(text.trim()) || Number.isNaN(at)) {
      ctx.addIssue({ code: 'custom', message: 'date_format' })
      return z.NEVER
    }
    return at
  }),
])

/** Who a report comes in to (seed 004 step 1, 3): the national admin through LAPOR!, else the agency. */
export function defaultReporter(channel: ComplaintChannelType): ChainHolder {
  return channel === 'lapor' ? 'admin_nasional' : 'admin_instansi'
}

export const CreateComplaintInput = z.object({
  officeId: OfficeId,
  channel: ComplaintChannel,
  classification: ComplaintClass.default('pengaduan'),
  category: z.preprocess(emptyAsMissing, z.string().trim().max(120, 'too_long').pipe(SafeString).default('')),
  subject: RequiredText(2000),
  complainantName: RequiredText(200),
  complainantNik: z.preprocess(emptyAsMissing, Nik.optional()),
  complainantPhone: z.preprocess(emptyAsMissing, Phone.optional()),
  laporTrackingId: z.preprocess(emptyAsMissing, LaporTrackingId.optional()),
  reportedAt: z.preprocess(emptyAsMissing, Instant.optional()),
  reporter: z.preprocess(emptyAsMissing, ChainHolder.optional()),
  actor: OptionalText(200),
  note: OptionalText(4000),
})

export const AddComplaintEventInput = z.object({
  officeId: OfficeId,
  complaint: Ref,
  kind: z.enum(COMPLAINT_EVENT_KINDS, { error: 'invalid_choice' }),
  at: z.preprocess(emptyAsMissing, Instant.optional()),
  /** The holder acting; default: the one holding the complaint now. */
  by: z.preprocess(emptyAsMissing, ChainHolder.optional()),
  /** Who a disposition or a return goes to; default: one level down or up from `by`. */
  to: z.preprocess(emptyAsMissing, ChainHolder.nullable().optional()),
  actor: OptionalText(200),
  note: OptionalText(4000),
})

export const LinkLaporInput = z.object({
  officeId: OfficeId,
  complaint: Ref,
  laporTrackingId: LaporTrackingId,
})

export const ShowComplaintInput = z.object({ officeId: OfficeId, complaint: Ref })

export const ListComplaintsInput = z.object({
  officeId: OfficeId,
  q: OptionalText(100),
  limit: z.coerce.number().int('invalid').min(1, 'invalid').max(500, 'invalid').default(50),
})

export const SetDeadlinesInput = z.object({ officeId: OfficeId, table: DeadlineTable })

/** The complaint a reference names, or a not_found that says how else to search (issue 11 "Bad input"). */
async function requireComplaint(db: ServerDb, officeId: string, ref: string): Promise<StoredComplaint> {
  const found = await findComplaint(db, officeId, ref)
  if (!found) {
    throw new ComplaintRefusal(
      'not_found',
      'complaint_not_found',
      localize(COMPLAINT_ADMIN_WORDING.complaint_not_found, { ref: cleanRef(ref) }),
    )
  }
  return found
}

/** Refuses a LAPOR! tracking ID another complaint of the office already carries (409). */
async function refuseTakenLaporId(
  db: ServerDb,
  officeId: string,
  trackingId: string,
  except?: string,
): Promise<void> {
  const [holder] = await db
    .select()
    .from(rows)
    .where(
      and(
        eq(rows.officeId, officeId),
        eq(rows.tableName, COMPLAINTS_TABLE),
        eq(rows.op, 'upsert'),
        sql`${laporExpr} = ${trackingId}`,
      ),
    )
    .limit(2)
  const other = holder && holder.rowId !== except ? toStoredComplaint(holder) : null
  if (other) {
    throw new ComplaintRefusal(
      'conflict',
      'lapor_id_taken',
      localize(COMPLAINT_ADMIN_WORDING.lapor_id_taken, {
        trackingId,
        number: other.record.number ?? other.complaintId,
      }),
    )
  }
}

/**
 * `complaints create`: registers a complaint centrally. Takes CreateComplaintInput (times in ms UTC
 * or ISO with zone; `reportedAt` defaults to `now`; the reporter to the national admin for LAPOR!,
 * else the agency's, seed 004 steps 1 and 3) and `now` (ms UTC). Writes, in one transaction under
 * the office's log lock, the `complaints` row with the local number `ADU-PUSAT-YYYYMMDD-NNNN` (the
 * office day of `now` in the office's time zone, the next serial of that day: the lock keeps two
 * calls from sharing one) and its `reported` event; both reach every desk by pull.
 * Gives `{ complaintId, number, state }`. Throws ZodError for bad input, AdminError not_found for an
 * unknown office, ComplaintRefusal conflict (`lapor_id_taken`) for a LAPOR! ID already used in the
 * office.
 */
export async function createComplaint(db: ServerDb, input: unknown, now: number) {
  const complaint = CreateComplaintInput.parse(input)
  const reportedAt = complaint.reportedAt ?? now
  refuseFuture('reportedAt', reportedAt, now)
  await requireOffice(db, complaint.officeId)
  const timeZone = await officeTimeZone(db, complaint.officeId)
  const complaintId = uuidv7()
  const reporter = complaint.reporter ?? defaultReporter(complaint.channel)
  const event: ChainEvent = { id: uuidv7(), kind: 'reported', at: reportedAt, by: reporter, to: null }
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, complaint.officeId)
    if (complaint.laporTrackingId) await refuseTakenLaporId(tx, complaint.officeId, complaint.laporTrackingId)
    const prefix = centralNumberPrefix(CENTRAL_COMPLAINT_CODE, officeDay(now, timeZone))
    // formatComplaintNumber refuses PUSAT (DeskCode keeps it from desks); the same layout, here.
    const number = `${prefix}${String((await lastSerial(tx, complaint.officeId, prefix)) + 1).padStart(4, '0')}`
    await writeCentralRowLocked(
      tx,
      complaint.officeId,
      COMPLAINTS_TABLE,
      complaintId,
      (stamp) =>
        SYNC_ROWS.complaints.parse({
          id: complaintId,
          ...stamp,
          deletedAt: null,
          originDesk: CENTRAL,
          number,
          laporTrackingId: complaint.laporTrackingId ?? null,
          channel: complaint.channel,
          classification: complaint.classification,
          category: complaint.category,
          subject: complaint.subject,
          visitorId: null,
          complainantName: complaint.complainantName,
          complainantNik: complaint.complainantNik ?? null,
          complainantPhone: complaint.complainantPhone ?? null,
          reportedAt,
          deskId: CENTRAL,
          visitId: null,
          createdBy: null,
        }),
      now,
    )
    await writeCentralRowLocked(
      tx,
      complaint.officeId,
      COMPLAINT_EVENTS_TABLE,
      event.id,
      ({ hlc }) =>
        eventData(
          { ...event, actor: complaint.actor ?? null, note: complaint.note ?? null },
          complaintId,
          hlc,
        ),
      now,
    )
    return {
      complaintId,
      number,
      laporTrackingId: complaint.laporTrackingId ?? null,
      state: foldChain([event]).state,
    }
  })
}

/**
 * Throws a ZodError on `field`, as for any other bad input, for a time past the clock's tolerance: a
 * report or a step that has not happened yet is a typo.
 */
function refuseFuture(field: string, at: number, now: number): void {
  z.object({ [field]: z.number().max(now + MAX_CLOCK_AHEAD_MS, 'late_in_future') }).parse({ [field]: at })
}

/**
 * `complaints event`: appends one status or disposition event to a complaint (by row id, local
 * number or LAPOR! ID). Takes AddComplaintEventInput (`at` defaults to `now`, `by` to the holder
 * now, `to` of a disposition or a return to one level down or up) and `now` (ms UTC). The
 * complaint's stored events are folded with it (foldChain: any arrival order) under the office's
 * log lock; it is appended (uuidv7 id, append-only) only if it fits seed 004's chain where it falls.
 * Gives `{ complaintId, eventId, state }`. Throws ZodError for bad input; ComplaintRefusal not_found
 * for a reference that matches nothing; ComplaintRefusal conflict with the chain's refusal code
 * (common/complaints/chain.ts nextState, e.g. `complaint_not_completed` for a `closed` before the
 * report was completed) or `complaint_event_out_of_order` for one dated so early that it would
 * unseat steps already recorded.
 */
export async function addComplaintEvent(db: ServerDb, input: unknown, now: number) {
  const given = AddComplaintEventInput.parse(input)
  const at = given.at ?? now
  refuseFuture('at', at, now)
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, given.officeId)
    const complaint = await requireComplaint(tx, given.officeId, given.complaint)
    const events =
      (await eventsOf(tx, given.officeId, [complaint.complaintId])).get(complaint.complaintId) ?? []
    const before = foldChain(events)
    const by = given.by ?? before.state?.holder ?? defaultReporter(complaint.record.channel)
    const to =
      given.to !== undefined
        ? given.to
        : given.kind === 'forwarded'
          ? holderBelow(by)
          : given.kind === 'returned'
            ? holderAbove(by)
            : null
    const event: ChainEvent = { id: uuidv7(), kind: given.kind, at, by, to }
    const after = foldChain([...events, event])
    const placed = after.history.find((e) => e.id === event.id)
    if (placed?.refused) throw chainRefusal(placed.refused)
    const wasApplied = new Set(before.history.filter((e) => e.refused === null).map((e) => e.id))
    if (after.history.some((e) => e.refused !== null && wasApplied.has(e.id))) {
      throw new ComplaintRefusal(
        'conflict',
        'complaint_event_out_of_order',
        COMPLAINT_ADMIN_WORDING.complaint_event_out_of_order,
      )
    }
    await writeCentralRowLocked(
      tx,
      given.officeId,
      COMPLAINT_EVENTS_TABLE,
      event.id,
      ({ hlc }) =>
        eventData(
          { ...event, actor: given.actor ?? null, note: given.note ?? null },
          complaint.complaintId,
          hlc,
        ),
      now,
    )
    return { complaintId: complaint.complaintId, eventId: event.id, state: after.state }
  })
}

/**
 * `complaints link-lapor`: links a complaint (registered at a desk or centrally, without one yet)
 * to its SP4N-LAPOR! tracking ID, which LAPOR! gives later (issue 11 deliverable 1). Takes
 * LinkLaporInput and `now` (ms UTC); the complaint keeps its owner (`deskId`). Gives
 * `{ complaintId, number, laporTrackingId, changed }`. Throws ZodError; ComplaintRefusal
 * not_found; ComplaintRefusal conflict `lapor_id_taken` (another complaint has it) or
 * `lapor_id_linked` (this one already has another).
 */
export async function linkLaporTrackingId(db: ServerDb, input: unknown, now: number) {
  const { officeId, complaint: ref, laporTrackingId } = LinkLaporInput.parse(input)
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, officeId)
    const complaint = await requireComplaint(tx, officeId, ref)
    const current = complaint.record.laporTrackingId ?? null
    if (current !== null && current !== laporTrackingId) {
      throw new ComplaintRefusal(
        'conflict',
        'lapor_id_linked',
        localize(COMPLAINT_ADMIN_WORDING.lapor_id_linked, { trackingId: current }),
      )
    }
    await refuseTakenLaporId(tx, officeId, laporTrackingId, complaint.complaintId)
    const changed = await writeCentralRowLocked(
      tx,
      officeId,
      COMPLAINTS_TABLE,
      complaint.complaintId,
      (stamp, existing) =>
        current === laporTrackingId || !existing
          ? null
          : SYNC_ROWS.complaints.parse({
              ...existing.data,
              ...stamp,
              id: complaint.complaintId,
              originDesk: CENTRAL,
              laporTrackingId,
            }),
      now,
    )
    return {
      complaintId: complaint.complaintId,
      number: complaint.record.number ?? null,
      laporTrackingId,
      changed,
    }
  })
}

/** A complaint as the admin tools show it: its record, where it stands, and its history. */
export interface ComplaintView {
  complaintId: string
  number: string | null
  laporTrackingId: string | null
  channel: ComplaintChannelType
  classification: string
  category: string
  subject: string
  complainantName: string
  complainantNik: string | null
  complainantPhone: string | null
  reportedAt: number
  deskId: string
  /** Null: no report event yet. */
  state: ChainState | null
}

function view(complaint: StoredComplaint, events: readonly StoredEvent[]): ComplaintView {
  const { record } = complaint
  return {
    complaintId: complaint.complaintId,
    number: record.number ?? null,
    laporTrackingId: record.laporTrackingId ?? null,
    channel: record.channel,
    classification: record.classification,
    category: record.category ?? '',
    subject: record.subject,
    complainantName: record.complainantName,
    complainantNik: record.complainantNik ?? null,
    complainantPhone: record.complainantPhone ?? null,
    reportedAt: record.reportedAt,
    deskId: record.deskId,
    state: foldChain(events).state,
  }
}

/**
 * `complaints show`: one complaint (by row id, local number or LAPOR! ID) with its state folded from
 * its events and its history in the order they happened, each event applied or set aside with its
 * refusal (common/complaints/chain.ts foldChain). Times in ms UTC. Throws ZodError;
 * ComplaintRefusal not_found (its message offers search by name or NIK).
 */
export async function showComplaint(
  db: ServerDb,
  input: unknown,
): Promise<ComplaintView & { history: (FoldedEvent & { actor: string | null; note: string | null })[] }> {
  const { officeId, complaint: ref } = ShowComplaintInput.parse(input)
  await requireOffice(db, officeId)
  const complaint = await requireComplaint(db, officeId, ref)
  const events = (await eventsOf(db, officeId, [complaint.complaintId])).get(complaint.complaintId) ?? []
  const extra = new Map(events.map((e) => [e.id, { actor: e.actor, note: e.note }]))
  const { history } = foldChain(events)
  return {
    ...view(complaint, events),
    history: history.map((e) => ({
      ...e,
      actor: extra.get(e.id)?.actor ?? null,
      note: extra.get(e.id)?.note ?? null,
    })),
  }
}

/**
 * `complaints list`: the office's complaints, newest report first, at most `limit` (50; ≤ 500),
 * with their state. `q` narrows to a local number or LAPOR! ID starting with it, a name containing
 * it (any case), or an NIK or phone equal to its digits. Throws ZodError; AdminError not_found.
 */
export async function listComplaints(db: ServerDb, input: unknown): Promise<ComplaintView[]> {
  const { officeId, q, limit } = ListComplaintsInput.parse(input)
  await requireOffice(db, officeId)
  const term = q === undefined ? undefined : cleanRef(q)
  const digits = term === undefined ? '' : term.replace(/\D/g, '')
  const phone = term === undefined ? null : normalizePhone(term)
  const like = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const found = await db
    .select()
    .from(rows)
    .where(
      officeTable(
        officeId,
        COMPLAINTS_TABLE,
        ...STANDING,
        term === undefined
          ? undefined
          : sql`(${numberExpr} like ${like(term.toUpperCase())} or ${laporExpr} like ${like(term)}
              or ${rows.data}->>'complainantName' ilike ${`%${like(term)}`}
              or (${digits.length === 16} and ${rows.data}->>'complainantNik' = ${digits})
              or ${rows.data}->>'complainantPhone' = ${phone?.ok ? phone.value.e164 : ''})`,
      ),
    )
    .orderBy(desc(sql`(${rows.data}->>'reportedAt')::bigint`), desc(rows.rowId))
    .limit(limit)
  const complaints = found.map(toStoredComplaint).filter((c): c is StoredComplaint => c !== null)
  const events = await eventsOf(
    db,
    officeId,
    complaints.map((c) => c.complaintId),
  )
  return complaints.map((c) => view(c, events.get(c.complaintId) ?? []))
}

/**
 * `complaints deadlines`: the office's deadline table per hop (common/complaints/deadlines.ts; the
 * defaults are seed 004's, RESEARCH.md §3: agencies publish their own standards), written as the
 * office's `complaintDeadlines` setting (row id uuidv5('complaintDeadlines', officeId), the desks'
 * rule), which every desk pulls. Takes `{ officeId, table }` and `now` (ms UTC); the version must
 * be greater than the current one (the defaults are version 1), so a desk never goes back to an
 * older table. Gives `{ officeId, version, previousVersion }`. Throws ZodError for a table that
 * does not validate; AdminError not_found; ComplaintRefusal conflict `deadlines_version`.
 */
export async function setComplaintDeadlines(db: ServerDb, input: unknown, now: number) {
  const { officeId, table } = SetDeadlinesInput.parse(input)
  await requireOffice(db, officeId)
  const rowId = settingRowId('complaintDeadlines', officeId)
  let previousVersion = SEED_004_DEADLINES.version
  await db.transaction(async (tx) => {
    await lockOfficeLog(tx, officeId)
    await writeCentralRowLocked(
      tx,
      officeId,
      'settings',
      rowId,
      (stamp, existing) => {
        const current = DeadlineTable.safeParse(
          existing && existing.op === 'upsert' && (existing.data.deletedAt ?? null) === null
            ? existing.data.value
            : undefined,
        )
        previousVersion = current.success ? current.data.version : SEED_004_DEADLINES.version
        if (table.version <= previousVersion) {
          throw new ComplaintRefusal(
            'conflict',
            'deadlines_version',
            localize(COMPLAINT_ADMIN_WORDING.deadlines_version, { current: previousVersion }),
          )
        }
        return SYNC_ROWS.settings.parse({
          id: rowId,
          ...stamp,
          deletedAt: null,
          originDesk: CENTRAL,
          key: 'complaintDeadlines',
          value: table,
        })
      },
      now,
    )
  })
  return { officeId, version: table.version, previousVersion }
}
