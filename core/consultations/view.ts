import { eq, inArray } from 'drizzle-orm'
import type { OfficeCalendar } from '../../common/calendar/working-time'
import { dueAt } from '../../common/calendar/working-time'
import type { ConsultationFold } from '../../common/consultations/state'
import { consultationStatus, foldConsultation } from '../../common/consultations/state'
import { ASSIGNING_ROLES, mayEndStep } from '../../common/consultations/step-roles'
import type { ConsultationDetail, ConsultationHit } from '../../common/consultations/views'
import { Attachments } from '../../common/consultations/consultation'
import { maskNik } from '../../common/identity/nik'
import type { Role } from '../../common/roles'
import { skmResponses, users, visitors, visits } from '../../db/schema'
import { officeCalendar } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { visitView } from '../visits/service'
import type { VisitRow } from '../visits/store'
import { eventsOf } from '../visits/store'
import type { Derived } from '../visits/view'
import { derive } from '../visits/view'
import type { ConsultationEventRow, ConsultationRow } from './store'
import { eventsOfConsultations } from './store'

/**
 * A consultation as the screens show it (issue 12): its record, its fold (assignment, answer), its
 * case visit's derived steps, and when its answer falls due. Read on demand, never stored: a
 * consultation's state is its events' and its case's, whichever desk wrote them.
 */
export interface ConsultationState {
  row: ConsultationRow
  fold: ConsultationFold<ConsultationEventRow>
  case: Derived
}

/** Every consultation of `rows` with its fold and case, read in a few queries whatever the count. */
export function consultationStates(
  ctx: CoreContext,
  db: Db,
  rows: readonly ConsultationRow[],
): ConsultationState[] {
  if (rows.length === 0) return []
  const calendar = officeCalendar(db)
  const caseRows = db
    .select()
    .from(visits)
    .where(
      inArray(
        visits.id,
        rows.map((row) => row.caseVisitId),
      ),
    )
    .all()
  const caseById = new Map(caseRows.map((row) => [row.id, row]))
  const steps = eventsOf(
    db,
    caseRows.map((row) => row.id),
  )
  const events = eventsOfConsultations(
    db,
    rows.map((row) => row.id),
  )
  const now = ctx.now()
  return rows.flatMap((row) => {
    const caseVisit = caseById.get(row.caseVisitId)
    // A consultation whose case has not synced here yet is shown once it has.
    if (!caseVisit) return []
    return [
      {
        row,
        fold: foldConsultation(events.get(row.id) ?? []),
        case: derive(ctx.procedures, calendar, caseVisit, steps.get(caseVisit.id) ?? [], now),
      },
    ]
  })
}

/**
 * When the answer is due (ms UTC): the answer step's own due time once it runs; before that, its
 * standard counted from the assignment (seed 000 step 5: 3 working days after the disposition).
 * A procedure with no answer step (seed 003) answers within its whole standard from the start.
 * Null before an assignment, once answered, or once the case is closed.
 */
export function answerDueAt(state: ConsultationState, calendar: OfficeCalendar): number | null {
  const { fold, case: derived } = state
  const closed = derived.state.status === 'done' || derived.state.status === 'cancelled'
  if (closed || fold.answer || !fold.assignment) return null
  const procedure = derived.procedure
  const answerStep = procedure?.steps.find((step) => step.action === 'answer')
  if (!answerStep) {
    return procedure?.totalStandard ? dueAt(calendar, derived.visit.arrivedAt, procedure.totalStandard) : null
  }
  const running = derived.state.steps.find((step) => step.no === answerStep.no)
  if (running?.dueAt != null) return running.dueAt
  return answerStep.standard ? dueAt(calendar, fold.assignment.at, answerStep.standard) : null
}

/** Names of users by id, for the people a consultation's events name. */
export function userNames(db: Db, ids: readonly (string | null)[]): Map<string, string> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Map()
  const rows = db
    .select({ id: users.id, name: users.fullName })
    .from(users)
    .where(inArray(users.id, wanted))
    .all()
  return new Map(rows.map((row) => [row.id, row.name]))
}

/** Consultations as list lines, in the order given. */
export function toHits(ctx: CoreContext, db: Db, states: readonly ConsultationState[]): ConsultationHit[] {
  if (states.length === 0) return []
  const calendar = officeCalendar(db)
  const now = ctx.now()
  const names = userNames(
    db,
    states.map((s) => s.fold.assignment?.assigneeId ?? null),
  )
  const requesters = new Map(
    db
      .select({ id: visitors.id, name: visitors.fullName })
      .from(visitors)
      .where(
        inArray(
          visitors.id,
          states.map((s) => s.row.visitorId),
        ),
      )
      .all()
      .map((row) => [row.id, row.name]),
  )
  return states.map((state) => {
    const { row, fold, case: derived } = state
    const current = derived.state.currentStep
    const step = current !== null ? derived.procedure?.steps[current - 1] : undefined
    const stepView = current !== null ? derived.state.steps.find((s) => s.no === current) : undefined
    const answerDue = answerDueAt(state, calendar)
    const assigneeId = fold.assignment?.assigneeId ?? null
    return {
      id: row.id,
      number: row.number,
      channel: row.channel,
      subject: row.subject,
      requesterName: requesters.get(row.visitorId) ?? '—',
      visitorId: row.visitorId,
      receivedAt: row.receivedAt,
      status: consultationStatus(fold, derived.state.status),
      assigneeId,
      assigneeName: assigneeId ? (names.get(assigneeId) ?? null) : null,
      caseVisitId: derived.visit.id,
      caseVisitNumber: derived.visit.visitNumber,
      procedureName: derived.procedure?.name ?? null,
      currentStep: current,
      currentRole: step?.role ?? null,
      currentActivity: step?.activity ?? null,
      currentDueAt: stepView?.dueAt ?? null,
      answerDueAt: answerDue,
      overdue: derived.state.overdue || (answerDue !== null && now > answerDue),
    }
  })
}

/** What `user` may do with a consultation now; the core's commands refuse the same. */
export function permissions(state: ConsultationState, user: { id: string; role: Role }) {
  const { fold, case: derived } = state
  const open = derived.state.status !== 'done' && derived.state.status !== 'cancelled'
  const assigns = ASSIGNING_ROLES.includes(user.role)
  const assigneeId = fold.assignment?.assigneeId ?? null
  const hasAnswerStep = derived.procedure?.steps.some((step) => step.action === 'answer') ?? false
  const answer = open && (assigneeId ? user.id === assigneeId || assigns : !hasAnswerStep)
  const current = derived.state.currentStep
  const step = current !== null ? derived.procedure?.steps[current - 1] : undefined
  const blockedByAction =
    (step?.action === 'assign' && !fold.assignment) || (step?.action === 'answer' && !fold.answer)
  const advance = open && step !== undefined && !blockedByAction && mayEndStep(step.role, user, assigneeId)
  return { assign: open && assigns, answer, advance }
}

/** Whether a visit's survey was answered, and how. */
function surveyOf(db: Db, visitId: string) {
  const row = db
    .select({ answeredAt: skmResponses.answeredAt, source: skmResponses.source })
    .from(skmResponses)
    .where(eq(skmResponses.visitId, visitId))
    .get()
  return row ?? null
}

/** A consultation whole, as its screen shows it to `user`. */
export function toDetail(
  ctx: CoreContext,
  db: Db,
  state: ConsultationState,
  user: { id: string; role: Role },
): ConsultationDetail {
  const [hit] = toHits(ctx, db, [state])
  if (!hit) throw new Error('a consultation state gives a hit')
  const { row, fold } = state
  const requester = db.select().from(visitors).where(eq(visitors.id, row.visitorId)).get()
  const names = userNames(db, [
    ...fold.history.flatMap((event) => [event.userId, event.assigneeId]),
    fold.assignment?.userId ?? null,
  ])
  const linked = db
    .select()
    .from(visits)
    .where(eq(visits.consultationId, row.id))
    .all()
    .filter((visit: VisitRow) => visit.id !== row.caseVisitId && visit.deletedAt === null)
    .sort((a, b) => a.arrivedAt - b.arrivedAt)
  return {
    ...hit,
    reference: row.reference,
    attachments: Attachments.catch([]).parse(row.attachments),
    requester: {
      fullName: requester?.fullName ?? '—',
      nikMasked: requester?.nik ? maskNik(requester.nik) : null,
      nip: requester?.nip ?? null,
      phone: requester?.phone ?? null,
      email: requester?.email ?? null,
      organization: requester?.organization ?? null,
      position: requester?.position ?? null,
    },
    assignment: fold.assignment?.assigneeId
      ? {
          assigneeId: fold.assignment.assigneeId,
          assigneeName: names.get(fold.assignment.assigneeId) ?? '—',
          byName: fold.assignment.userId ? (names.get(fold.assignment.userId) ?? null) : null,
          at: fold.assignment.at,
          note: fold.assignment.note ?? '',
        }
      : null,
    answer: fold.answer
      ? {
          text: fold.answer.note ?? '',
          byName: fold.answer.userId ? (names.get(fold.answer.userId) ?? null) : null,
          at: fold.answer.at,
        }
      : null,
    events: fold.history.map((event) => ({
      id: event.id,
      kind: event.kind,
      at: event.at,
      userName: event.userId ? (names.get(event.userId) ?? null) : null,
      assigneeName: event.assigneeId ? (names.get(event.assigneeId) ?? null) : null,
      note: event.note,
    })),
    caseVisit: visitView(ctx, state.case.visit),
    visits: linked.map((visit) => ({
      id: visit.id,
      visitNumber: visit.visitNumber,
      arrivedAt: visit.arrivedAt,
      purpose: visit.purpose,
      status: visit.status,
    })),
    ownDesk: readOwnDesk(db)?.id === row.deskId,
    survey: surveyOf(db, row.caseVisitId),
    may: permissions(state, user),
  }
}
