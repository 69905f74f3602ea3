import { Checkbox, Group, Stack, Table, Text, TextInput, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Procedure } from '../../../../../common/procedures'
import { LocalizedText } from '../../../forms/validation'
import { useOfficeFormat } from '../format'
import type { LateStepValues, LateValues, StepTiming } from './late-entry'
import { DateField, TimeField } from './LateFields'

/**
 * The procedure's steps as they happened on paper: each step's start and end (on other days too
 * for procedures measured in hours or working days), its standard next to it, escalation steps that
 * may have been skipped, and a reason for a step that took longer than its standard. A step's
 * errors are said on the line under it and marked on the inputs they are about.
 */
export function LateSteps({
  procedure,
  values,
  timings,
  errorOf,
  onStep,
  onBlur,
}: {
  procedure: Procedure
  values: LateValues
  timings: readonly StepTiming[]
  errorOf: (key: string) => ReactNode
  onStep: (index: number, patch: Partial<LateStepValues>) => void
  onBlur: (key: string) => void
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const id = useId()
  const multiDay = values.multiDay

  const timeCell = (index: number, which: 'start' | 'end', step: LateStepValues, errorId: string) => {
    const key = `steps.${index}.${which === 'start' ? 'startedAt' : 'endedAt'}`
    const dateField = which === 'start' ? 'startDate' : 'endDate'
    const timeField = which === 'start' ? 'startTime' : 'endTime'
    const label = t(which === 'start' ? 'frontdesk.late.steps.startOf' : 'frontdesk.late.steps.endOf', {
      no: step.no,
    })
    const invalid = Boolean(errorOf(key))
    const shared = {
      size: 'sm' as const,
      disabled: step.skipped,
      error: invalid,
      'aria-describedby': invalid ? errorId : undefined,
      onBlur: () => onBlur(key),
    }
    return (
      <Stack gap={4}>
        {multiDay ? (
          <DateField
            {...shared}
            aria-label={t('frontdesk.late.steps.dateOf', { label })}
            value={step[dateField]}
            onValue={(value) => onStep(index, { [dateField]: value })}
          />
        ) : null}
        <TimeField
          {...shared}
          w={multiDay ? undefined : 92}
          aria-label={label}
          value={step[timeField]}
          onValue={(value) => onStep(index, { [timeField]: value })}
        />
      </Stack>
    )
  }

  return (
    <Table verticalSpacing="xs" horizontalSpacing="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{t('frontdesk.late.steps.no')}</Table.Th>
          <Table.Th>{t('frontdesk.late.steps.activity')}</Table.Th>
          <Table.Th w={110}>{t('frontdesk.late.steps.standard')}</Table.Th>
          <Table.Th w={multiDay ? 140 : 116}>{t('frontdesk.late.steps.start')}</Table.Th>
          <Table.Th w={multiDay ? 140 : 116}>{t('frontdesk.late.steps.end')}</Table.Th>
          <Table.Th w={110}>{t('frontdesk.late.steps.duration')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      {values.steps.map((step, index) => {
        const definition = procedure.steps[index]
        const timing = timings[index]
        if (!definition || !timing) return null
        const errorId = `${id}-step-${step.no}-errors`
        const startError = errorOf(`steps.${index}.startedAt`)
        const endError = errorOf(`steps.${index}.endedAt`)
        const rowError = errorOf(`steps.${index}`)
        const showReason = !step.skipped && (timing.overran || step.reason !== '')
        const duration =
          timing.start !== null && timing.end !== null && timing.end >= timing.start
            ? fmt.duration(timing.end - timing.start)
            : null
        const hasDetails = Boolean(startError || endError || rowError) || showReason
        return (
          // One body per step, so the step's rows read (and are styled) as one group.
          <Table.Tbody key={step.no} style={{ opacity: step.skipped ? 0.65 : 1 }}>
            <Table.Tr style={{ verticalAlign: 'top', borderBottom: hasDetails ? 0 : undefined }}>
              <Table.Td>
                <ThemeIcon variant="light" radius="xl" size={28} mt={2}>
                  <Text fz="sm" fw={700}>
                    {step.no}
                  </Text>
                </ThemeIcon>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" fw={500} lh={1.35}>
                  <LocalizedText message={definition.activity} />
                </Text>
                <Text fz="xs" c="dimmed" mt={2}>
                  <LocalizedText message={definition.actor} />
                </Text>
                {definition.escalation ? (
                  <Checkbox
                    mt={6}
                    size="xs"
                    label={t('frontdesk.late.steps.skipped', { no: step.no })}
                    checked={step.skipped}
                    onChange={(event) => onStep(index, { skipped: event.currentTarget.checked })}
                  />
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text fz="sm" mt={6} c={definition.standard ? undefined : 'dimmed'}>
                  {definition.standard ? fmt.standard(definition.standard) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>{timeCell(index, 'start', step, errorId)}</Table.Td>
              <Table.Td>{timeCell(index, 'end', step, errorId)}</Table.Td>
              <Table.Td>
                <Text
                  fz="sm"
                  mt={6}
                  c={timing.overran ? 'orange.8' : duration ? undefined : 'dimmed'}
                  fw={timing.overran ? 600 : 400}
                >
                  {step.skipped ? t('domain.stepStatus.skipped') : (duration ?? '—')}
                </Text>
              </Table.Td>
            </Table.Tr>
            {hasDetails ? (
              <Table.Tr>
                <Table.Td />
                <Table.Td colSpan={5} pt={0}>
                  <Stack gap={6}>
                    {startError || endError || rowError ? (
                      <Stack gap={2} id={errorId} role="alert">
                        {rowError ? (
                          <Text fz="sm" c="red">
                            {rowError}
                          </Text>
                        ) : null}
                        {startError ? (
                          <Text fz="sm" c="red">
                            {t('frontdesk.late.steps.startOf', { no: step.no })}: {startError}
                          </Text>
                        ) : null}
                        {endError ? (
                          <Text fz="sm" c="red">
                            {t('frontdesk.late.steps.endOf', { no: step.no })}: {endError}
                          </Text>
                        ) : null}
                      </Stack>
                    ) : null}
                    {showReason ? (
                      <Group gap="sm" align="flex-start" wrap="nowrap">
                        <IconAlertTriangle
                          size={18}
                          color="var(--mantine-color-orange-7)"
                          style={{ marginTop: 30, flexShrink: 0 }}
                        />
                        <TextInput
                          size="sm"
                          style={{ flex: 1 }}
                          label={t('frontdesk.late.steps.reasonOf', { no: step.no })}
                          description={
                            timing.overran && definition.standard
                              ? t('frontdesk.late.steps.overran', {
                                  standard: fmt.standard(definition.standard),
                                })
                              : undefined
                          }
                          value={step.reason}
                          maxLength={500}
                          error={errorOf(`steps.${index}.reason`)}
                          onChange={(event) => onStep(index, { reason: event.currentTarget.value })}
                        />
                      </Group>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        )
      })}
    </Table>
  )
}
