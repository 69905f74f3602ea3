import type { ProcedureStep, StepAction } from '../../../../common/procedures'
import type { VisitView } from '../../../../common/visits'

/** The procedure's definition of the case's running step, or null once closed. */
export function runningDef(caseVisit: VisitView): ProcedureStep | null {
  if (caseVisit.status === 'done' || caseVisit.status === 'cancelled') return null
  const running = caseVisit.steps.find((s) => s.status === 'running')
  return caseVisit.procedure?.steps.find((s) => s.no === running?.no) ?? null
}

/** The action that ends the running step (assign, answer, survey), if not a plain "next". */
export function runningAction(caseVisit: VisitView): StepAction | null {
  return runningDef(caseVisit)?.action ?? null
}
