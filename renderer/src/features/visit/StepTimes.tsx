import { Badge, Divider, Group, Text } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { StepView } from '../../../../common/visits'
import { timing, useOfficeFormat, useStandardText } from '../queue/time'
import { Timer } from '../queue/Timer'
import { LabelledTime } from './Meta'

/** When a started step began and ended, and how long it ran against its standard. */
export function StepTimes({
  step,
  now,
  stoppedAt,
  running,
  overdue,
}: {
  step: StepView
  now: number
  /** When the visit closed: a step still marked running then stopped counting. */
  stoppedAt: number | null
  /** The step runs now (in an open visit). */
  running: boolean
  overdue: boolean
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const standardText = useStandardText()
  if (step.startedAt === null) return null
  return (
    <>
      <Divider variant="dashed" />
      <Group gap="lg" wrap="wrap">
        <LabelledTime label={t('queue.visit.started')} time={fmt.time(step.startedAt)} />
        {step.endedAt !== null ? (
          <LabelledTime label={t('queue.visit.ended')} time={fmt.time(step.endedAt)} />
        ) : null}
        <Group
          gap={6}
          role={running ? undefined : 'group'}
          aria-label={running ? undefined : t('queue.visit.durationLabel', { no: step.no })}
        >
          <Text fz="sm" c="dimmed">
            {running ? t('queue.visit.running') : t('queue.visit.duration')}
          </Text>
          <Timer
            timing={timing({
              startedAt: step.startedAt,
              dueAt: step.dueAt,
              endedAt: step.endedAt ?? stoppedAt,
              now,
            })}
            dueAt={step.dueAt}
            provisional={step.dueProvisional}
            standard={step.standard ? standardText(step.standard) : undefined}
            running={running}
            label={running ? t('queue.visit.stepTimer', { no: step.no }) : undefined}
          />
          {step.status === 'done' && step.standard && !overdue ? (
            <Badge color="green" variant="light" radius="sm" leftSection={<IconCheck size={12} />}>
              {t('queue.visit.withinStandard')}
            </Badge>
          ) : null}
        </Group>
      </Group>
    </>
  )
}
