import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Procedure } from '../../../../common/procedures'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { SectionCard } from '../../shell/SectionCard'
import { StepItem } from './StepItem'

/** The procedure's steps in order, as this visit ran them, under the SOP they come from. */
export function StepList({
  view,
  procedure,
  facts,
  now,
  reasonField,
}: {
  view: VisitView
  procedure: Procedure
  facts: VisitFacts
  now: number
  /** The reason field of a step (the running step's stands in the panel above instead). */
  reasonField: (stepNo: number) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t('queue.visit.stepsTitle')}
      titleId="visit-steps-title"
      gap="sm"
      aside={
        <Text fz="xs" c="dimmed">
          {procedure.source.sopNumber
            ? t('queue.visit.sopNumber', { number: procedure.source.sopNumber })
            : procedure.source.title}
        </Text>
      }
    >
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {view.steps.map((step) => {
          const def = procedure.steps.find((s) => s.no === step.no)
          if (!def) return null
          const owesReason = facts.reasonSteps.includes(step.no) && step.no !== facts.runningStep?.no
          return (
            <StepItem
              key={step.no}
              step={step}
              def={def}
              now={now}
              stoppedAt={facts.closed ? view.finishedAt : null}
              overdue={facts.overdueSteps.includes(step.no)}
              reasonSlot={owesReason ? reasonField(step.no) : null}
            />
          )
        })}
      </Stack>
    </SectionCard>
  )
}
