import type { OfficeCalendar } from './calendar/working-time'
import { dueAt } from './calendar/working-time'
import type { Procedure } from './procedures'
import { pastDue, visitFacts } from './visit-rules'
import type { StepEventKind, StepView, VisitStatus } from './visits'

/** A visit step event as the derivation needs it (the stored row has more). */
export interface StepEvent {
  id: string
  stepNo: number
  kind: StepEventKind
  at: number
  deskId: string
  note: string | null
}

export interface VisitState {
  status: VisitStatus
  steps: StepView[]
  currentStep: number | null
  calledAt: number | null
  calledDesk: string | null
  finishedAt: number | null
  outcome: string | null
  cancelReason: string | null
  totalDueAt: number | null
  overdue: boolean
  needsReason: number[]
  /** Why the procedure as a whole overran (step 0), when recorded. */
  procedureReason: string | null
}

/** Events in one order on every desk: by time, then id (ids are UUIDv7, so time-ordered too). */
export function orderEvents<E extends Pick<StepEvent, 'at' | 'id'>>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * A visit's state, derived from its procedure and its events only, so every desk that holds the
 * same events shows the same state whatever order they arrived in. A step's first start and the
 * first end after it count; a later duplicate (two desks acting at once) changes nothing.
 */
export function deriveVisitState(input: {
  procedure: Procedure | null
  arrivedAt: number
  events: readonly StepEvent[]
  calendar: OfficeCalendar
  now: number
}): VisitState {
  const { procedure, calendar, now } = input
  const events = orderEvents(input.events)
  const byStep = new Map<number, StepEvent[]>()
  for (const event of events) {
    const list = byStep.get(event.stepNo) ?? []
    list.push(event)
    byStep.set(event.stepNo, list)
  }
  const first = (kind: StepEventKind, stepNo = 0) => byStep.get(stepNo)?.find((e) => e.kind === kind)
  const cancel = first('cancel')
  const finish = first('finish')
  const call = first('call')
  const closed = cancel !== undefined || finish !== undefined

  const steps: StepView[] = (procedure?.steps ?? []).map((step) => {
    const own = byStep.get(step.no) ?? []
    const start = own.find((e) => e.kind === 'start')
    const end = start ? own.find((e) => e.kind === 'end' && e.at >= start.at) : undefined
    const skipped = own.some((e) => e.kind === 'skip')
    const reason = own.find((e) => e.kind === 'reason')?.note ?? null
    const due = start && step.standard ? dueAt(calendar, start.at, step.standard) : null
    const status = skipped && !start ? 'skipped' : end ? 'done' : start ? 'running' : 'pending'
    // A step left running when the visit was cancelled stops counting then.
    const overdue =
      status === 'done' ? pastDue(due, end?.at ?? 0) : status === 'running' && pastDue(due, cancel?.at ?? now)
    return {
      no: step.no,
      status,
      startedAt: start?.at ?? null,
      endedAt: end?.at ?? null,
      dueAt: due,
      standard: step.standard,
      overdue,
      reason,
    }
  })

  const running = steps.find((s) => s.status === 'running')
  const status: VisitStatus = cancel
    ? 'cancelled'
    : finish
      ? 'done'
      : call || isPastWaiting(procedure, steps)
        ? 'in_progress'
        : 'waiting'
  const finishedAt = finish?.at ?? cancel?.at ?? null
  const totalDueAt =
    procedure?.totalStandard != null ? dueAt(calendar, input.arrivedAt, procedure.totalStandard) : null
  const procedureReason = byStep.get(0)?.find((e) => e.kind === 'reason')?.note ?? null
  // What the state means now (overdue, needs a reason) is common/visit-rules.ts's to say.
  const facts = visitFacts({ status, procedure, steps, totalDueAt, finishedAt, procedureReason }, now)
  return {
    status,
    steps,
    currentStep: closed ? null : (running?.no ?? null),
    calledAt: call?.at ?? null,
    calledDesk: call?.deskId ?? null,
    finishedAt,
    outcome: finish?.note ?? null,
    cancelReason: cancel?.note ?? null,
    totalDueAt,
    overdue: facts.liveOverdue,
    needsReason: facts.needsReason,
    procedureReason,
  }
}

/** A case with no waiting step (or past it) is being worked on even before any call. */
function isPastWaiting(procedure: Procedure | null, steps: StepView[]): boolean {
  if (!procedure) return false
  const waiting = procedure.steps[0]?.waiting ?? false
  return steps.some((s) => (s.status !== 'pending' && !(waiting && s.no === 1)) || s.status === 'skipped')
}
