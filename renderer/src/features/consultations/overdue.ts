import type { ConsultationHit } from '../../../../common/consultations/views'
import { pastDue } from '../../../../common/visit-rules'

/**
 * Whether a consultation is overdue as of `now`: the core's answer is as of the last change, and a
 * standard runs out with no change, so an open one also turns overdue when its due time passes
 * (the same rule as the board's boardItemOverdue).
 */
export function hitOverdue(
  hit: Pick<ConsultationHit, 'status' | 'overdue' | 'currentDueAt' | 'answerDueAt'>,
  now: number,
): boolean {
  if (hit.status === 'done' || hit.status === 'cancelled') return false
  return hit.overdue || pastDue(hit.currentDueAt, now) || pastDue(hit.answerDueAt, now)
}
