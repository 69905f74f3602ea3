import { Textarea } from '@mantine/core'
import type { TextareaProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StandardTime } from '../../../../common/calendar/working-time'
import type { VisitView } from '../../../../common/visits'
import { visitFacts } from '../../../../common/visit-rules'
import { useStandardText } from '../queue/time'

/** The case's running step, when it overran its standard and no reason is on record yet. */
export interface OwedReason {
  no: number
  standard: StandardTime | null
}

/** What reason the case owes now for its running step (common/visit-rules.ts decides), or null. */
export function owedReason(caseVisit: VisitView, now: number): OwedReason | null {
  const facts = visitFacts(caseVisit, now)
  const running = facts.runningStep
  if (!running || !facts.reasonSteps.includes(running.no)) return null
  return { no: running.no, standard: running.standard }
}

/**
 * Why the running step went past its standard: sent with the assignment, the answer or the move
 * on, as the core asks for it then (reason_required).
 */
export function OverrunReason({ owed, ...props }: { owed: OwedReason } & Omit<TextareaProps, 'label'>) {
  const { t } = useTranslation()
  const standardText = useStandardText()
  return (
    <Textarea
      label={t('consultations.reason.label', { no: owed.no })}
      description={t('consultations.reason.hint', { standard: standardText(owed.standard) })}
      withAsterisk
      autosize
      minRows={2}
      maxLength={500}
      styles={{ input: { background: 'var(--mantine-color-red-0)' } }}
      {...props}
    />
  )
}
