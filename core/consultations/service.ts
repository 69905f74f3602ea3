import type { SQLWrapper } from 'drizzle-orm'
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { officeDay } from '../../common/calendar/office-day'
import { nextWorkingDay } from '../../common/calendar/working-time'
import type {
  ConsultationAdvanceInput,
  ConsultationAnswerInput,
  ConsultationAssignInput,
  ConsultationRegisterInput,
} from '../../common/consultations/consultation'
import { PROCEDURE_OF_CHANNEL, formatConsultationNumber } from '../../common/consultations/consultation'
import { ASSIGNABLE_ROLES, ASSIGNING_ROLES } from '../../common/consultations/step-roles'
import type { Assignee, ConsultationHit, MyWork } from '../../common/consultations/views'
import { LoketError } from '../../common/errors'
import type { Role } from '../../common/roles'
import { consultations, users, visitors, visits } from '../../db/schema'
import { findUserById, isUsable } from '../auth/users'
import { officeCalendar, officeTimeZone } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { nextStamp, requireDeskId } from '../sync/stamp'
import { writeSyncedRow } from '../sync/write'
import { requireVisitor, visitorVisited } from '../visitors/repository'
import { nextDayCounter } from '../visits/numbering'
import { advanceVisit, deriveOne, numberVisit } from '../visits/service'
import type { VisitRow } from '../visits/store'
import { appendEvents, insertVisit, requireVisit } from '../visits/store'
import { deskCodes } from '../visits/view'
import type { ConsultationRow } from './store'
import { appendConsultationEvent, consultationOfCase, requireConsultation, saveConsultation } from './store'
import type { ConsultationState } from './view'
import { answerDueAt, consultationStates, toHits } from './view'

/**
 * Consultations at the desk (issue 12; seeds 000, 002, 003): recording the request with its case
 * visit, the head's assignment, the assignee's answer, the case's steps by their roles, the
 * attachments list, visits linked to it, and the work lists. Every write runs in the caller's
 * transaction (call.write), with its outbox changes.
 */

/** Who acts: the signed-in user. */
export interface Actor {
  id: string
  role: Role
}

/** A clock a little ahead of the desk's (a PC a minute fast) is not "the future". */
const FUTURE_SLACK_MS = 60_000

function nextConsultationNumber(db: Db, day: string): string {
  const desk = readOwnDesk(db)
  if (!desk) throw new Error('a consultation is numbered before the desk has an identity')
  for (;;) {
    const number = formatConsultationNumber(desk.code, day, nextDayCounter(db, day, 'consultation'))
    // A desk code once held by a since-revoked desk may have numbered consultations that synced here.
    const taken = db
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.number, number))
      .get()
    if (!taken) return number
  }
}

/**
 * Opens the case visit of a consultation that came by letter, e-mail, the website or WhatsApp, on
 * its channel's procedure: its first step (the request sent) is done the moment it came in, and
 * the desk's recording step runs from then, so a letter recorded hours after it arrived shows the
 * overrun and asks its reason like any step.
 */
function openCase(
  ctx: CoreContext,
  tx: Db,
  input: ConsultationRegisterInput,
  receivedAt: number,
  userId: string,
) {
  const procedure = ctx.procedures.latest(PROCEDURE_OF_CHANNEL[input.channel])
  if (!procedure) throw new LoketError('procedure_not_found')
  const now = ctx.now()
  const zone = officeTimeZone(tx)
  const visit = insertVisit(
    tx,
    {
      id: uuidv7(),
      deletedAt: null,
      complaintId: null,
      consultationId: null,
      visitorId: input.visitorId,
      // Numbered on the day it is recorded, like every number this desk gives; it is not queued.
      ...numberVisit(tx, officeDay(now, zone), null, false),
      purpose: 'consultation',
      deskId: requireDeskId(tx),
      officerId: userId,
      status: 'in_progress',
      arrivedAt: receivedAt,
      finishedAt: null,
      outcome: null,
      notes: null,
      enteredLate: false,
      procedureId: procedure.id,
      procedureVersion: procedure.version,
      service: null,
      officeDay: officeDay(receivedAt, zone),
      channel: input.channel === 'walk_in' ? 'walk_in' : input.channel,
      recordedAt: now,
    },
    now,
  )
  const events = [
    { stepNo: 1, kind: 'start' as const, at: receivedAt },
    { stepNo: 1, kind: 'end' as const, at: receivedAt },
  ]
  if (procedure.steps[1]) events.push({ stepNo: 2, kind: 'start', at: receivedAt })
  appendEvents(tx, visit.id, userId, events, now)
  return visit
}

/**
 * A walk-in visit taken as a consultation's case (seed 003 at the counter): a running visit for a
 * consultation, not already another consultation's case. Throws LoketError visit_not_found,
 * consultation_visit_unfit, consultation_visit_taken.
 */
function walkInCase(ctx: CoreContext, tx: Db, visitId: string, visitorId: string): VisitRow {
  const visit = requireVisit(tx, visitId)
  const taken = consultationOfCase(tx, visit.id)
  if (taken) throw new LoketError('consultation_visit_taken', { number: taken.number })
  const { state } = deriveOne(ctx, tx, visit)
  if (
    visit.purpose !== 'consultation' ||
    visit.visitorId !== visitorId ||
    state.status === 'done' ||
    state.status === 'cancelled'
  ) {
    throw new LoketError('consultation_visit_unfit')
  }
  return visit
}

/**
 * Records a consultation (seed 000 step 2: "menerima dan mencatat pengajuan ke dalam riwayat
 * konsultasi"): its number at once (`KON-LK1-20261201-0001`), the requester (a registered visitor),
 * the substance, reference and attachments, and its case visit — opened on the channel's
 * procedure, or the walk-in visit named. Throws LoketError visitor_not_found, received_in_future,
 * procedure_not_found and walkInCase's refusals.
 */
export function registerConsultation(
  ctx: CoreContext,
  tx: Db,
  input: ConsultationRegisterInput,
  userId: string,
): ConsultationRow {
  const now = ctx.now()
  requireVisitor(tx, input.visitorId)
  const receivedAt = input.receivedAt ?? now
  if (receivedAt > now + FUTURE_SLACK_MS) {
    throw new LoketError(
      'received_in_future',
      {},
      {
        receivedAt: {
          id: 'Waktu diterima tidak boleh di masa depan.',
          en: 'The time received cannot be in the future.',
        },
      },
    )
  }
  const caseVisit = input.visitId
    ? walkInCase(ctx, tx, input.visitId, input.visitorId)
    : openCase(ctx, tx, input, receivedAt, userId)
  const row = saveConsultation(
    tx,
    {
      id: uuidv7(),
      deletedAt: null,
      number: nextConsultationNumber(tx, officeDay(now, officeTimeZone(tx))),
      channel: input.visitId ? 'walk_in' : input.channel,
      visitorId: input.visitorId,
      subject: input.subject,
      reference: input.reference,
      receivedAt: input.visitId ? caseVisit.arrivedAt : receivedAt,
      attachments: input.attachments,
      caseVisitId: caseVisit.id,
      deskId: requireDeskId(tx),
      createdBy: userId,
    },
    now,
  )
  linkVisitRow(tx, caseVisit, row.id, now)
  visitorVisited(tx, input.visitorId)
  return row
}

function linkVisitRow(tx: Db, visit: VisitRow, consultationId: string | null, now: number): VisitRow {
  const row: VisitRow = { ...visit, consultationId, ...nextStamp(tx, now) }
  writeSyncedRow(tx, visits, row, now)
  return row
}

/** The consultation's state; throws LoketError consultation_not_found. */
export function stateOf(ctx: CoreContext, db: Db, id: string): ConsultationState {
  const [state] = consultationStates(ctx, db, [requireConsultation(db, id)])
  if (!state) throw new LoketError('consultation_not_found')
  return state
}

function requireOpen(state: ConsultationState): void {
  const status = state.case.state.status
  if (status === 'done' || status === 'cancelled') throw new LoketError('consultation_closed')
}

/**
 * Ends the case's running step when it is the one `action` ends (the disposition ends seed 000
 * step 3, the answer step 5), with the overrun's reason when it needs one; otherwise nothing.
 */
function endActionStep(
  ctx: CoreContext,
  tx: Db,
  state: ConsultationState,
  action: 'assign' | 'answer',
  actor: Actor,
  reason: string | undefined,
): void {
  const current = state.case.state.currentStep
  const step = current !== null ? state.case.procedure?.steps[current - 1] : undefined
  if (current === null || step?.action !== action) return
  advanceVisit(
    ctx,
    tx,
    { visitId: state.case.visit.id, stepNo: current, action: 'next', ...(reason ? { reason } : {}) },
    { ...actor, ending: action },
  )
}

/**
 * The head's disposition (seed 000 step 3; seed 002 step 2's forwarding to the consultant): the
 * team member who answers and the note; a later one reassigns. Ends the running step when it is
 * the assignment's. Throws LoketError consultation_closed, assignee_not_eligible, reason_required.
 */
export function assignConsultation(ctx: CoreContext, tx: Db, input: ConsultationAssignInput, actor: Actor) {
  const state = stateOf(ctx, tx, input.consultationId)
  requireOpen(state)
  const assignee = findUserById(tx, input.assigneeId)
  if (!assignee || !isUsable(assignee) || !ASSIGNABLE_ROLES.includes(assignee.role)) {
    throw new LoketError('assignee_not_eligible')
  }
  const now = ctx.now()
  appendConsultationEvent(
    tx,
    {
      consultationId: state.row.id,
      kind: 'assigned',
      userId: actor.id,
      assigneeId: assignee.id,
      note: input.note,
    },
    now,
  )
  endActionStep(ctx, tx, stateOf(ctx, tx, state.row.id), 'assign', actor, input.reason)
  return state.row
}

/**
 * The answer (seed 000 step 5: "menuangkan hasilnya ke dalam riwayat konsultasi"), by the team
 * member assigned or a head standing in; a later one corrects it. A consultation with no answer
 * step (seed 003) is answered by whoever serves it. Ends the running step when it is the answer's.
 * Throws LoketError consultation_closed, not_yet_assigned, not_assignee, reason_required.
 */
export function answerConsultation(ctx: CoreContext, tx: Db, input: ConsultationAnswerInput, actor: Actor) {
  const state = stateOf(ctx, tx, input.consultationId)
  requireOpen(state)
  const assigneeId = state.fold.assignment?.assigneeId ?? null
  const hasAnswerStep = state.case.procedure?.steps.some((step) => step.action === 'answer') ?? false
  const standsIn = ASSIGNING_ROLES.includes(actor.role)
  if (assigneeId === null && hasAnswerStep && !standsIn) throw new LoketError('not_yet_assigned')
  if (assigneeId !== null && assigneeId !== actor.id && !standsIn) {
    throw new LoketError('not_assignee', { name: findUserById(tx, assigneeId)?.fullName ?? '—' })
  }
  appendConsultationEvent(
    tx,
    { consultationId: state.row.id, kind: 'answered', userId: actor.id, note: input.answer },
    ctx.now(),
  )
  endActionStep(ctx, tx, stateOf(ctx, tx, state.row.id), 'answer', actor, input.reason)
  return state.row
}

/**
 * Moves the case on from its running step (the visit's rules: reason for an overrun, outcome at
 * the end), by the step's role. A step ended by an action passes by "next" only once that action
 * is on record (the disposition given, the answer written). Throws as advanceVisit.
 */
export function advanceConsultation(ctx: CoreContext, tx: Db, input: ConsultationAdvanceInput, actor: Actor) {
  const state = stateOf(ctx, tx, input.consultationId)
  requireOpen(state)
  const step = state.case.procedure?.steps[input.stepNo - 1]
  const ending =
    step?.action === 'assign' && state.fold.assignment
      ? 'assign'
      : step?.action === 'answer' && state.fold.answer
        ? 'answer'
        : null
  const { consultationId: _id, ...rest } = input
  advanceVisit(ctx, tx, { ...rest, visitId: state.case.visit.id }, { ...actor, ending })
  return state.row
}

/**
 * Replaces the attachments list (an item that came later); only at the desk that registered the
 * consultation, which alone writes its record. Throws LoketError consultation_not_own_desk.
 */
export function setConsultationAttachments(
  ctx: CoreContext,
  tx: Db,
  input: { consultationId: string; attachments: ConsultationRow['attachments'] },
) {
  const row = requireConsultation(tx, input.consultationId)
  if (readOwnDesk(tx)?.id !== row.deskId) {
    const where = deskCodes(tx, [row.deskId]).get(row.deskId) ?? row.deskId
    throw new LoketError('consultation_not_own_desk', { where })
  }
  const { hlc: _h, updatedAt: _u, originDesk: _o, ...rest } = row
  return saveConsultation(tx, { ...rest, attachments: input.attachments }, ctx.now())
}

/**
 * Links a visit to the consultation it is about (the requester came by to ask), or unlinks it. A
 * consultation's case stays its own. Throws LoketError visit_not_found, consultation_not_found,
 * consultation_visit_taken.
 */
export function linkVisitToConsultation(
  ctx: CoreContext,
  tx: Db,
  input: { visitId: string; consultationId: string | null },
): VisitRow {
  const visit = requireVisit(tx, input.visitId)
  const ownCase = consultationOfCase(tx, visit.id)
  if (ownCase) throw new LoketError('consultation_visit_taken', { number: ownCase.number })
  if (input.consultationId) requireConsultation(tx, input.consultationId)
  return linkVisitRow(tx, visit, input.consultationId, ctx.now())
}

/** Open consultations (their case still running), newest first. */
function openRows(db: Db): ConsultationRow[] {
  return db
    .select({ row: consultations })
    .from(consultations)
    .innerJoin(visits, eq(visits.id, consultations.caseVisitId))
    .where(and(isNull(consultations.deletedAt), inArray(visits.status, ['waiting', 'in_progress'])))
    .orderBy(desc(consultations.receivedAt))
    .all()
    .map((r) => r.row)
}

/**
 * Consultations by number, requester's name or words of the subject (all of them, newest first,
 * for an empty query); `open` keeps those whose case still runs.
 */
export function listConsultations(
  ctx: CoreContext,
  db: Db,
  input: { query: string; open: boolean; limit: number },
): ConsultationHit[] {
  const words = input.query.trim()
  const pattern = `%${words.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
  const matches = (column: SQLWrapper) => sql`${column} LIKE ${pattern} ESCAPE '\\'`
  const rows = db
    .select({ row: consultations })
    .from(consultations)
    .innerJoin(visits, eq(visits.id, consultations.caseVisitId))
    .innerJoin(visitors, eq(visitors.id, consultations.visitorId))
    .where(
      and(
        isNull(consultations.deletedAt),
        input.open ? inArray(visits.status, ['waiting', 'in_progress']) : undefined,
        words
          ? or(
              matches(consultations.number),
              matches(consultations.subject),
              matches(consultations.reference),
              matches(visitors.fullName),
            )
          : undefined,
      ),
    )
    .orderBy(desc(consultations.receivedAt))
    .limit(input.limit)
    .all()
    .map((r) => r.row)
  return toHits(ctx, db, consultationStates(ctx, db, rows))
}

/**
 * An officer's work (issue 12 "My work"): the open consultations assigned to `actor` and not yet
 * answered, by when the answer is due — past due, today, the next working day (across weekends,
 * holidays and cuti bersama), later — and, for those who assign, the unassigned ones, oldest first.
 */
export function myWork(ctx: CoreContext, db: Db, actor: Actor): MyWork {
  const states = consultationStates(ctx, db, openRows(db))
  const calendar = officeCalendar(db)
  const now = ctx.now()
  const today = officeDay(now, calendar.timeZone)
  const tomorrow = nextWorkingDay(calendar, today)
  const mine = states
    .filter((s) => s.fold.assignment?.assigneeId === actor.id && !s.fold.answer)
    .map((state) => ({ state, due: answerDueAt(state, calendar) }))
    .sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity))
  const bucket = (keep: (due: number | null) => boolean) =>
    toHits(
      ctx,
      db,
      mine.filter((m) => keep(m.due)).map((m) => m.state),
    )
  const dayOf = (due: number) => officeDay(due, calendar.timeZone)
  const assigns = ASSIGNING_ROLES.includes(actor.role)
  return {
    overdue: bucket((due) => due !== null && due < now),
    today: bucket((due) => due !== null && due >= now && dayOf(due) === today),
    tomorrow: bucket((due) => due !== null && due >= now && dayOf(due) === tomorrow),
    later: bucket((due) => due === null || (due >= now && dayOf(due) !== today && dayOf(due) !== tomorrow)),
    tomorrowDay: tomorrow,
    unassigned: assigns
      ? toHits(
          ctx,
          db,
          states.filter((s) => !s.fold.assignment).sort((a, b) => a.row.receivedAt - b.row.receivedAt),
        )
      : [],
    assigns,
  }
}

/** The team members a head may assign, with how many open consultations each holds unanswered. */
export function assignees(ctx: CoreContext, db: Db): Assignee[] {
  const states = consultationStates(ctx, db, openRows(db))
  const open = new Map<string, number>()
  for (const s of states) {
    const id = s.fold.answer ? null : (s.fold.assignment?.assigneeId ?? null)
    if (id) open.set(id, (open.get(id) ?? 0) + 1)
  }
  return db
    .select()
    .from(users)
    .where(and(eq(users.active, true), isNull(users.deletedAt), inArray(users.role, [...ASSIGNABLE_ROLES])))
    .all()
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'))
    .map((user) => ({ id: user.id, fullName: user.fullName, role: user.role, open: open.get(user.id) ?? 0 }))
}
