import { Stack } from '@mantine/core'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import type { VisitFacts } from '../../../../common/visit-rules'
import { StepList } from '../visit/StepList'
import { CaseAdvance } from './CaseAdvance'

/**
 * Langkah: the case visit's running step with its move on, then every step of its procedure with
 * its standard time, times and overdue marks (the visit screen's own list).
 */
export function CaseSteps({
  consultation,
  facts,
  now,
}: {
  consultation: ConsultationDetail
  facts: VisitFacts
  now: number
}) {
  const view = consultation.caseVisit
  return (
    <Stack gap="md">
      <CaseAdvance consultation={consultation} facts={facts} now={now} />
      {view.procedure ? (
        // Reasons are asked with the move on (or the assignment, or the answer), not per step here.
        <StepList view={view} procedure={view.procedure} facts={facts} now={now} reasonField={() => null} />
      ) : null}
    </Stack>
  )
}
