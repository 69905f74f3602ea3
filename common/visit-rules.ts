import type { Procedure, ProcedureStep } from './procedures'
import type { BoardItem, StepView, VisitView } from './visits'

/**
 * What a visit's state means as of a moment: which step runs and what follows it, what is overdue,
 * what needs a reason, what still stands before the visit can close. One place for these rules,
 * used by the core (common/visit-state.ts, core/visits/service.ts) and by the visit screen alike,
 * so the two never disagree.
 *
 * The rules come from the SOPs (/work/shared/seeds, summarised in PRODUCT.md): every step has a
 * standard time (waktu) and "a step past its standard time turns visibly overdue, and the reason
 * can be noted"; seed 003 gives no time per step, only the whole procedure's 45 minutes, so such a
 * procedure answers for its total instead; escalation steps (seed 003: the division, then the head
 * of office) are taken only when the case is not resolved before them.
 *
 * Times are integer milliseconds UTC throughout.
 */

/** Past due: strictly after the due instant. No due time (no standard): never. */
export function pastDue(dueAt: number | null, at: number): boolean {
  return dueAt !== null && at > dueAt
}

/** What the rules read of a visit: the core's VisitView, or the state it derives (with its procedure). */
export type VisitRulesInput = Pick<
  VisitView,
  'status' | 'procedure' | 'steps' | 'totalDueAt' | 'finishedAt' | 'procedureReason'
>

export interface VisitFacts {
  /** Done or cancelled: nothing runs or counts any more. */
  closed: boolean
  /**
   * The step being worked on (the waiting-room step too, while the visitor waits); null when the
   * visit is closed or has no procedure.
   */
  runningStep: StepView | null
  /** The procedure's step after the running one; null when moving on from it ends the procedure. */
  nextStep: ProcedureStep | null
  /** The next step is an escalation: the officer chooses to resolve or to escalate (stepAfter). */
  chooseEscalation: boolean
  /** The procedure's steps carry no standard of their own: it answers for its total time (seed 003). */
  untimed: boolean
  /**
   * Steps past their standard: a running step of an open visit as of `now`, any other as the core
   * derived it (a done step by its end; a step left running by a cancel, by the cancel's time).
   */
  overdueSteps: number[]
  /** Steps (started and not skipped) past their standard with no reason recorded yet; never 0. */
  reasonSteps: number[]
  /** The whole procedure past its total standard: as of `now` while open, as of its close after. */
  totalOverdue: boolean
  /** An untimed procedure past its total with no reason recorded for it (step 0). */
  totalNeedsReason: boolean
  /** Everything that needs a reason now, 0 (the whole procedure) first: VisitView.needsReason as of `now`. */
  needsReason: number[]
  /** Steps other than the running one still without their reason: the visit cannot close without them. */
  earlierReasons: number[]
  /** Open and past a standard now: a running step's or the whole procedure's. */
  liveOverdue: boolean
}

/** Whether one step is past its standard, as of `now` for a step still running in an open visit. */
export function stepOverdue(step: StepView, closed: boolean, now: number): boolean {
  // A step left running when the visit was cancelled stopped counting then (the core's answer holds).
  return step.status === 'running' && !closed ? pastDue(step.dueAt, now) : step.overdue
}

/** The facts the visit screen shows and the core decides by, for a visit as of `now` (ms UTC). */
export function visitFacts(visit: VisitRulesInput, now: number): VisitFacts {
  const { procedure, steps } = visit
  const closed = visit.status === 'done' || visit.status === 'cancelled'
  const runningStep = closed ? null : (steps.find((s) => s.status === 'running') ?? null)
  const nextStep =
    procedure && runningStep ? (procedure.steps.find((s) => s.no > runningStep.no) ?? null) : null
  const untimed = procedure !== null && !procedure.steps.some((s) => s.standard !== null)
  const overdueSteps = steps.filter((s) => stepOverdue(s, closed, now)).map((s) => s.no)
  const reasonSteps = steps
    .filter((s) => (s.status === 'running' || s.status === 'done') && s.reason === null)
    .filter((s) => overdueSteps.includes(s.no))
    .map((s) => s.no)
  const totalOverdue = pastDue(visit.totalDueAt, closed ? (visit.finishedAt ?? 0) : now)
  const totalNeedsReason = untimed && totalOverdue && visit.procedureReason === null
  const runningOverdue = steps.some((s) => s.status === 'running' && overdueSteps.includes(s.no))
  return {
    closed,
    runningStep,
    nextStep,
    chooseEscalation: nextStep?.escalation === true,
    untimed,
    overdueSteps,
    reasonSteps,
    totalOverdue,
    totalNeedsReason,
    needsReason: [...(totalNeedsReason ? [0] : []), ...reasonSteps],
    earlierReasons: reasonSteps.filter((no) => no !== runningStep?.no),
    liveOverdue: !closed && (runningOverdue || totalOverdue),
  }
}

/** What moving on from the running step still lacks. */
export interface Missing {
  /** Steps whose reason is missing (0: the whole procedure), the running step first. */
  reasons: number[]
  /** The outcome, which finishing the visit records. */
  outcome: boolean
}

/**
 * What stands before moving on from the running step: its own reason when it overran; and when the
 * move ends the procedure (`final`), every other reason still owed and the outcome. `hasReason`
 * says which reasons come with the move, `hasOutcome` whether an outcome does.
 */
export function missingToAdvance(
  facts: VisitFacts,
  move: { final: boolean; hasReason: (stepNo: number) => boolean; hasOutcome: boolean },
): Missing {
  const running = facts.runningStep?.no ?? null
  const reasons: number[] = []
  if (running !== null && facts.reasonSteps.includes(running) && !move.hasReason(running)) {
    reasons.push(running)
  }
  if (move.final) {
    for (const no of facts.needsReason) if (no !== running && !move.hasReason(no)) reasons.push(no)
  }
  return { reasons, outcome: move.final && !move.hasOutcome }
}

/** The core's refusal for what is missing: reasons first, then the outcome. */
export function refusalOf(missing: Missing): 'reason_required' | 'outcome_required' | null {
  if (missing.reasons.length > 0) return 'reason_required'
  return missing.outcome ? 'outcome_required' : null
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

/**
 * A board line past its running step's standard or the whole procedure's as of `now` (the board's
 * answer is as of the last change, and a standard runs out with no change): the same rule as VisitFacts.liveOverdue, on what a line carries.
 */
export function boardItemOverdue(
  item: Pick<BoardItem, 'status' | 'overdue' | 'currentDueAt' | 'totalDueAt'>,
  now: number,
): boolean {
  if (item.status !== 'waiting' && item.status !== 'in_progress') return false
  return item.overdue || pastDue(item.currentDueAt, now) || pastDue(item.totalDueAt, now)
}
