import { Group, Switch, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Procedure } from '../../../../../common/procedures'
import { SectionCard } from '../../../shell/SectionCard'
import { useOfficeFormat } from '../format'
import type { LateStepValues, StepTiming } from './late-entry'
import { withStepChange } from './late-entry'
import { LateSteps } from './LateSteps'
import type { LateTotals } from './late-totals'
import type { LateForm } from './useLateEntry'

/**
 * The chosen procedure's steps as they happened (LateSteps), whether they ran over several days,
 * the whole visit's time against the procedure's standard, and the reason it took longer when
 * only the procedure as a whole has a standard.
 */
export function LateStepsSection({
  procedure,
  fields,
  timings,
  totals,
}: {
  procedure: Procedure
  fields: LateForm
  timings: readonly StepTiming[]
  totals: LateTotals
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const { values, errorOf, blur, setField, update } = fields
  const { standard: total, span: totalSpan, overran: totalOverran } = totals
  return (
    <SectionCard
      title={t('frontdesk.late.steps.title')}
      aside={
        <Switch
          label={t('frontdesk.late.steps.multiDay')}
          checked={values.multiDay}
          onChange={(event) => setField('multiDay', event.currentTarget.checked)}
        />
      }
    >
      <Text fz="sm" c="dimmed" mt={-8}>
        {t('frontdesk.late.steps.hint', { zone: fmt.zoneLabel })}
      </Text>
      {errorOf('steps') ? (
        <Text c="red" fz="sm" role="alert">
          {errorOf('steps')}
        </Text>
      ) : null}
      <LateSteps
        procedure={procedure}
        values={values}
        timings={timings}
        errorOf={errorOf}
        onBlur={blur}
        onStep={(index: number, patch: Partial<LateStepValues>) =>
          update((current) => withStepChange(current, index, patch))
        }
      />
      <Group gap="lg">
        <Text fz="sm">
          {t('frontdesk.late.steps.total')}{' '}
          <Text component="span" fw={600}>
            {totalSpan !== null ? fmt.duration(totalSpan) : '—'}
          </Text>
        </Text>
        {total ? (
          <Text fz="sm" c={totalOverran ? 'orange.8' : 'dimmed'} fw={totalOverran ? 600 : 400}>
            {t(totalOverran ? 'frontdesk.late.steps.totalOverran' : 'frontdesk.late.steps.totalStandard', {
              standard: fmt.standard(total),
            })}
          </Text>
        ) : null}
      </Group>
      {totalOverran && procedure && procedure.steps.every((step) => step.standard === null) ? (
        <Textarea
          label={t('frontdesk.late.steps.procedureReason', { standard: fmt.standard(total) })}
          description={t('frontdesk.late.steps.procedureReasonHint')}
          autosize
          minRows={2}
          value={values.procedureReason ?? ''}
          error={errorOf('procedureReason')}
          onChange={(event) => setField('procedureReason', event.currentTarget.value)}
          onBlur={() => blur('procedureReason')}
        />
      ) : null}
    </SectionCard>
  )
}
