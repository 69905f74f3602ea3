import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProcedureStep } from '../../../../common/procedures'
import type { StepView } from '../../../../common/visits'
import { useLocale } from '../../i18n'
import { useStandardText } from '../queue/time'
import { Meta, RecordedReason } from './Meta'
import { StepIcon } from './StepIcon'
import { StepTimes } from './StepTimes'

const STATUS_COLOR = { done: 'green', running: 'loket', skipped: 'gray', pending: 'gray' } as const

/**
 * One step of the procedure as the visit ran it: who does it, what it needs and produces, its
 * standard, its times, and a reason recorded or owed. The running step stands out; overdue in red.
 */
export function StepItem({
  step,
  def,
  now,
  stoppedAt,
  overdue,
  reasonSlot,
}: {
  step: StepView
  def: ProcedureStep
  now: number
  /** When the visit closed: a step still marked running then stopped counting. */
  stoppedAt: number | null
  /** Past its standard (common/visit-rules.ts: as of now while it runs). */
  overdue: boolean
  /** The reason field, when the step owes one and is not the running step. */
  reasonSlot: ReactNode
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const standardText = useStandardText()
  const isRunning = step.status === 'running' && stoppedAt === null
  // A step the visit was cancelled in never finished: it stopped.
  const statusText =
    step.status === 'running' && !isRunning
      ? t('domain.visitStatus.cancelled')
      : t(`domain.stepStatus.${step.status}`)
  const muted = step.status === 'skipped' || step.status === 'pending'
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      aria-label={t('queue.visit.stepLabel', { no: step.no, status: statusText })}
      aria-current={isRunning ? 'step' : undefined}
      bg={isRunning ? (overdue ? 'red.0' : 'loket.0') : undefined}
      style={{
        borderColor: overdue
          ? 'var(--mantine-color-red-5)'
          : isRunning
            ? 'var(--mantine-color-loket-5)'
            : undefined,
        borderWidth: isRunning ? 2 : 1,
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <StepIcon step={step} overdue={overdue} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Box style={{ minWidth: 0 }}>
              <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
                {t('queue.visit.step', { no: step.no })} · {pick(def.actor)}
                {def.waiting ? ` · ${t('queue.visit.waitingStep')}` : ''}
                {def.escalation ? ` · ${t('queue.visit.escalationStep')}` : ''}
              </Text>
              <Text
                fw={600}
                c={muted ? 'dimmed' : undefined}
                td={step.status === 'skipped' ? 'line-through' : undefined}
              >
                {pick(def.activity)}
              </Text>
            </Box>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {overdue && step.status !== 'skipped' ? (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />} radius="sm">
                  {t('queue.visit.overdueStep')}
                </Badge>
              ) : null}
              <Badge color={STATUS_COLOR[step.status]} variant={isRunning ? 'filled' : 'light'} radius="sm">
                {statusText}
              </Badge>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4} verticalSpacing={2}>
            <Meta label={t('queue.visit.kelengkapan')} value={pick(def.kelengkapan)} />
            <Meta label={t('queue.visit.output')} value={pick(def.output)} />
            <Meta label={t('queue.visit.standard')} value={standardText(def.standard)} />
          </SimpleGrid>
          {step.status === 'skipped' ? (
            <Text fz="sm" c="dimmed">
              {t('queue.visit.skippedText')}
            </Text>
          ) : null}
          <StepTimes step={step} now={now} stoppedAt={stoppedAt} running={isRunning} overdue={overdue} />
          {step.reason ? <RecordedReason reason={step.reason} /> : null}
          {reasonSlot}
        </Stack>
      </Group>
    </Paper>
  )
}
