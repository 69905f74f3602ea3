import { and, asc, eq, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { officeDay } from '../../common/calendar/office-day'
import { LoketError } from '../../common/errors'
import type { Procedure, VisitPurpose } from '../../common/procedures'
import { SERVICE_OF_PURPOSE } from '../../common/procedures'
import { formatQueueNumber, formatVisitNumber, queueValue } from '../../common/queue-number'
import { missingToAdvance, refusalOf, stepAfter, visitFacts } from '../../common/visit-rules'
import type { VisitAdvanceInput, VisitStartInput, VisitView } from '../../common/visits'
import { visits } from '../../db/schema'
import { officeCalendar, officeTimeZone } from '../calendar/office-calendar'
import type { CoreContext } from '../context'
import type { Db } from '../db'
import { readOwnDesk } from '../settings/repository'
import { requireVisitor, visitorVisited } from '../visitors/repository'
import type { StepActor } from './case-actor'
import { checkStepActor } from './case-actor'
import { openQueueVisit } from './history'
import { nextDayCounter, queueBlock } from './numbering'
import type { EventInput, VisitRow } from './store'
import { appendEvents, eventsOf, insertVisit, requireVisit, updateVisitSummary } from './store'
import type { Derived } from './view'
import { derive, deskCodes, toVisitView } from './view'

/** The procedure a visit will run: the one named (its newest version), which must fit the purpose. */
export function chooseProcedure(
  ctx: CoreContext,
  purpose: VisitPurpose,
  procedureId?: string,
): Procedure | null {
  if (procedureId === undefined) return null
  const procedure = ctx.procedures.latest(procedureId)
  if (!procedure || procedure.purpose !== purpose) throw new LoketError('procedure_not_found')
  return procedure
}

/**
 * This desk's next visit number (and queue number for a walk-in) for an office day. A number this
 * desk already holds is passed over: a desk that took the code of one revoked the same day has
 * pulled that desk's visits, and two visits with one number would make every other desk refuse
 * one of them (issue 7, fault 5).
 */
export function numberVisit(db: Db, day: string, service: string | null, walkIn: boolean) {
  const desk = readOwnDesk(db)
  if (!desk) throw new Error('a visit is numbered before the desk has an identity')
  let visitNumber = formatVisitNumber(desk.code, day, nextDayCounter(db, day, 'visit'))
  while (db.select({ id: visits.id }).from(visits).where(eq(visits.visitNumber, visitNumber)).get()) {
    visitNumber = formatVisitNumber(desk.code, day, nextDayCounter(db, day, 'visit'))
  }
  const block = queueBlock(db)
  const queueNumber =
    walkIn && service && block !== null
      ? formatQueueNumber(service, queueValue(block, nextDayCounter(db, day, `queue:${service}`)))
      : null
  return { visitNumber, queueNumber }
}

/** A visit as the visit screen shows it: its derived state, its visitor (NIK masked) and desk codes. */
export function visitView(ctx: CoreContext, visit: VisitRow): VisitView {
  const derived = deriveOne(ctx, ctx.db, visit)
  const codes = deskCodes(ctx.db, [visit.deskId, derived.state.calledDesk])
  return toVisitView(derived, requireVisitor(ctx.db, visit.visitorId), codes)
}

export function deriveOne(ctx: CoreContext, db: Db, visit: VisitRow): Derived {
  return derive(
    ctx.procedures,
    officeCalendar(db),
    visit,
    eventsOf(db, [visit.id]).get(visit.id) ?? [],
    ctx.now(),
  )
}

/**
 * Registers a visit for a visitor: its numbers, the procedure it runs and, for a case that starts
 * at once (a waiting room step, or a letter being worked), its first step's start.
 */
export function startVisit(ctx: CoreContext, tx: Db, input: VisitStartInput, userId: string): VisitRow {
  const visitor = requireVisitor(tx, input.visitorId)
  const procedure = chooseProcedure(ctx, input.purpose, input.procedureId)
  const now = ctx.now()
  const day = officeDay(now, officeTimeZone(tx))
  const held = input.allowSecond ? null : openQueueVisit(tx, visitor.id, day)
  if (held) {
    throw new LoketError('visit_already_open', {
      name: visitor.fullName,
      number: held.queueNumber ?? held.visitNumber,
    })
  }
  const channel = procedure?.channel ?? 'walk_in'
  const service = procedure ? procedure.service : SERVICE_OF_PURPOSE[input.purpose]
  const walkIn = channel === 'walk_in'
  const visit = insertVisit(
    tx,
    {
      id: uuidv7(),
      deletedAt: null,
      complaintId: null,
      consultationId: null,
      visitorId: visitor.id,
      ...numberVisit(tx, day, service, walkIn),
      purpose: input.purpose,
      deskId: readOwnDesk(tx)?.id ?? '',
      officerId: walkIn ? null : userId,
      status: walkIn ? 'waiting' : 'in_progress',
      arrivedAt: now,
      finishedAt: null,
      outcome: null,
      notes: input.notes === '' ? null : input.notes,
      enteredLate: false,
      procedureId: procedure?.id ?? null,
      procedureVersion: procedure?.version ?? null,
      service,
      officeDay: day,
      channel,
      recordedAt: now,
    },
    now,
  )
  const first = procedure?.steps[0]
  if (first && (first.waiting || !walkIn)) {
    appendEvents(tx, visit.id, userId, [{ stepNo: 1, kind: 'start', at: now }], now)
  }
  visitorVisited(tx, visitor.id)
  return visit
}

/** Calls a visitor to this counter: the waiting step ends and the next begins. A recall only calls again. */
export function callVisit(ctx: CoreContext, db: Db, visit: VisitRow, userId: string): void {
  const { procedure, state } = deriveOne(ctx, db, visit)
  if (state.status === 'done' || state.status === 'cancelled') throw new LoketError('visit_closed')
  const now = ctx.now()
  const events: EventInput[] = [{ stepNo: 0, kind: 'call', at: now }]
  if (state.status === 'waiting' && procedure) {
    const running = state.steps.find((s) => s.status === 'running')
    if (running && procedure.steps[running.no - 1]?.waiting) {
      events.push({ stepNo: running.no, kind: 'end', at: now })
      const next = procedure.steps[running.no]
      if (next) events.push({ stepNo: next.no, kind: 'start', at: now })
    } else if (!running) {
      events.push({ stepNo: 1, kind: 'start', at: now })
    }
  }
  appendEvents(db, visit.id, userId, events, now)
  updateVisitSummary(db, visit, { status: 'in_progress', officerId: userId }, now)
}

/** Today's walk-ins still waiting, first come first served. */
export function waitingToday(ctx: CoreContext, db: Db, service?: string): Derived[] {
  const calendar = officeCalendar(db)
  const day = officeDay(ctx.now(), calendar.timeZone)
  const rows = db
    .select()
    .from(visits)
    .where(
      and(
        eq(visits.officeDay, day),
        eq(visits.channel, 'walk_in'),
        isNull(visits.deletedAt),
        service ? eq(visits.service, service) : undefined,
      ),
    )
    .orderBy(asc(visits.arrivedAt), asc(visits.id))
    .all()
  const events = eventsOf(
    db,
    rows.map((r) => r.id),
  )
  return rows
    .map((row) => derive(ctx.procedures, calendar, row, events.get(row.id) ?? [], ctx.now()))
    .filter((d) => d.state.status === 'waiting')
}

export function callNext(ctx: CoreContext, tx: Db, service: string | undefined, userId: string): VisitRow {
  const next = waitingToday(ctx, tx, service)[0]
  if (!next) throw new LoketError('queue_empty')
  callVisit(ctx, tx, next.visit, userId)
  return next.visit
}

/**
 * Moves a visit on from its running step: ends it (with the reason when it overran), skips the
 * escalation steps the officer resolved without, starts the next, or — after the last — finishes
 * the visit with its outcome. The step's role must be the actor's (issue 12; ./case-actor.ts).
 */
export function advanceVisit(ctx: CoreContext, tx: Db, input: VisitAdvanceInput, actor: StepActor): VisitRow {
  const userId = actor.id
  const visit = requireVisit(tx, input.visitId)
  const { procedure, state } = deriveOne(ctx, tx, visit)
  if (state.status === 'done' || state.status === 'cancelled') throw new LoketError('visit_closed')
  const now = ctx.now()
  const reason = input.reason?.trim() ? input.reason.trim() : null
  const outcome = input.outcome?.trim() ? input.outcome.trim() : null
  const followUp = {
    nextStep: input.nextStep?.trim() ? input.nextStep.trim() : null,
    nextStepDue: input.nextStepDue ?? null,
  }

  const facts = visitFacts({ ...state, procedure }, now)

  if (!procedure) {
    if (input.stepNo !== 0) throw new LoketError('step_not_running', { step: input.stepNo })
    if (state.status === 'waiting') throw new LoketError('not_yet_called')
    const refusal = refusalOf(
      missingToAdvance(facts, { final: true, hasReason: () => false, hasOutcome: outcome !== null }),
    )
    if (refusal) throw new LoketError(refusal)
    if (!outcome) throw new LoketError('outcome_required')
    appendEvents(tx, visit.id, userId, [{ stepNo: 0, kind: 'finish', at: now, note: outcome }], now)
    return updateVisitSummary(
      tx,
      visit,
      { status: 'done', finishedAt: now, outcome, officerId: userId, ...followUp },
      now,
    )
  }

  if (state.currentStep !== input.stepNo) throw new LoketError('step_not_running', { step: input.stepNo })
  if (state.status === 'waiting') throw new LoketError('not_yet_called')
  checkStepActor(tx, visit, procedure, input.stepNo, actor)
  const step = state.steps.find((s) => s.no === input.stepNo)
  const after = stepAfter(procedure, input.stepNo, input.action)
  if (after === 'choose_escalation' || after === 'no_escalation') throw new LoketError(after)

  const events: EventInput[] = []
  const final = after.next === null
  const stepNeedsReason = facts.reasonSteps.includes(input.stepNo)
  // The procedure as a whole answers for its own overrun when it ends (seed 003).
  const procedureNeedsReason = final && facts.totalNeedsReason
  // A written reason goes to the overrunning step; else, at the end, to the whole procedure;
  // else to the step all the same (the officer saw an overrun this desk's clock did not).
  const reasonFor =
    reason === null
      ? null
      : stepNeedsReason
        ? input.stepNo
        : procedureNeedsReason
          ? 0
          : step?.reason === null
            ? input.stepNo
            : null
  // One reason comes with a move: the running step's own, or at the end the procedure's.
  const refusal = refusalOf(
    missingToAdvance(facts, {
      final,
      hasReason: (no) => reason !== null && no === reasonFor,
      hasOutcome: outcome !== null,
    }),
  )
  if (refusal) throw new LoketError(refusal)
  if (reason !== null && reasonFor !== null) {
    events.push({ stepNo: reasonFor, kind: 'reason', at: now, note: reason })
  }
  events.push({ stepNo: input.stepNo, kind: 'end', at: now })
  for (const skipped of after.skipped) events.push({ stepNo: skipped, kind: 'skip', at: now })

  if (after.next !== null) {
    events.push({ stepNo: after.next, kind: 'start', at: now })
    appendEvents(tx, visit.id, userId, events, now)
    return updateVisitSummary(tx, visit, { status: 'in_progress', officerId: userId }, now)
  }
  if (!outcome) throw new LoketError('outcome_required')
  events.push({ stepNo: 0, kind: 'finish', at: now, note: outcome })
  appendEvents(tx, visit.id, userId, events, now)
  return updateVisitSummary(
    tx,
    visit,
    { status: 'done', finishedAt: now, outcome, officerId: userId, ...followUp },
    now,
  )
}

/** Records why a step (or, with step 0, the whole procedure) overran, while it runs or after. */
export function recordReason(
  ctx: CoreContext,
  tx: Db,
  visitId: string,
  stepNo: number,
  reason: string,
  userId: string,
) {
  const visit = requireVisit(tx, visitId)
  const now = ctx.now()
  appendEvents(tx, visit.id, userId, [{ stepNo, kind: 'reason', at: now, note: reason }], now)
  return visit
}

export function cancelVisit(ctx: CoreContext, tx: Db, visitId: string, reason: string, userId: string) {
  const visit = requireVisit(tx, visitId)
  const { state } = deriveOne(ctx, tx, visit)
  if (state.status === 'done' || state.status === 'cancelled') throw new LoketError('visit_closed')
  const now = ctx.now()
  appendEvents(tx, visit.id, userId, [{ stepNo: 0, kind: 'cancel', at: now, note: reason }], now)
  return updateVisitSummary(tx, visit, { status: 'cancelled', finishedAt: now }, now)
}
