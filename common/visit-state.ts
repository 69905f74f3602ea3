import type { OfficeCalendar } from './calendar/working-time'
import { dueAt } from './calendar/working-time'
import type { Procedure } from './procedures'
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
      due !== null &&
      (status === 'done' ? (end?.at ?? 0) > due : status === 'running' && (cancel?.at ?? now) > due)
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
  const totalOverdue = totalDueAt !== null && (closed ? (finishedAt ?? 0) > totalDueAt : now > totalDueAt)
  const procedureReason = byStep.get(0)?.find((e) => e.kind === 'reason')?.note ?? null
  // A procedure whose steps carry no standard of their own (seed 003) answers for its total time.
  const stepsTimed = procedure?.steps.some((s) => s.standard !== null) ?? false
  const needsReason = steps.filter((s) => s.overdue && s.reason === null).map((s) => s.no)
  if (totalOverdue && !stepsTimed && procedureReason === null) needsReason.unshift(0)
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
    overdue: !closed && (steps.some((s) => s.status === 'running' && s.overdue) || totalOverdue),
    needsReason,
    procedureReason,
  }
}

/** A case with no waiting step (or past it) is being worked on even before any call. */
function isPastWaiting(procedure: Procedure | null, steps: StepView[]): boolean {
  if (!procedure) return false
  const waiting = procedure.steps[0]?.waiting ?? false
  return steps.some((s) => (s.status !== 'pending' && !(waiting && s.no === 1)) || s.status === 'skipped')
}

/**
 * Which step comes after `stepNo` for an action: `next` takes the following step (refused when it
 * is an escalation the officer must choose), `escalate` takes the escalation step, `resolve` skips
 * the run of escalation steps. Null: the procedure ends.
 */
export function stepAfter(
  procedure: Procedure,
  stepNo: number,
  action: 'next' | 'escalate' | 'resolve',
): { next: number | null; skipped: number[] } | 'choose_escalation' | 'no_escalation' {
  const following = procedure.steps.filter((s) => s.no > stepNo)
  const upcoming = following[0]
  if (!upcoming) return action === 'escalate' ? 'no_escalation' : { next: null, skipped: [] }
  if (!upcoming.escalation) {
    return action === 'escalate' ? 'no_escalation' : { next: upcoming.no, skipped: [] }
  }
  if (action === 'next') return 'choose_escalation'
  if (action === 'escalate') return { next: upcoming.no, skipped: [] }
  const skipped: number[] = []
  for (const step of following) {
    if (!step.escalation) return { next: step.no, skipped }
    skipped.push(step.no)
  }
  return { next: null, skipped }
}
