import { Alert, Stack, Text } from '@mantine/core'
import { IconBan, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { useDurationFormat, useOfficeFormat, useStandardText } from '../queue/time'
import { useHolidayDates } from '../queue/holidays/dates'
import { totalTiming } from './TotalTimer'

/** How a closed visit ended: done (how long, against its standard, with its outcome) or cancelled (why). */
export function ClosedAlert({ view, facts, now }: { view: VisitView; facts: VisitFacts; now: number }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const duration = useDurationFormat()
  const standardText = useStandardText()
  const { shortDate } = useHolidayDates()
  const time = fmt.time(view.finishedAt ?? view.arrivedAt)
  if (view.status === 'cancelled') {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconBan size={22} />}
        title={t('queue.visit.cancelledTitle', { time })}
        id="visit-now-title"
      >
        <Text fz="sm">
          <Text span fw={600} fz="inherit">
            {t('queue.visit.cancelReason')}:
          </Text>{' '}
          {view.cancelReason}
        </Text>
      </Alert>
    )
  }
  const elapsed = duration(totalTiming(view, now).elapsed)
  const total = view.procedure?.totalStandard
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={22} />}
      title={t('queue.visit.doneTitle', { time })}
      id="visit-now-title"
    >
      <Stack gap={4}>
        <Text fz="sm">
          {total
            ? t('queue.visit.doneDurationOf', { duration: elapsed, standard: standardText(total) })
            : t('queue.visit.doneDuration', { duration: elapsed })}
          {facts.totalOverdue ? ` ${t('queue.visit.doneOverdue')}` : ''}
        </Text>
        <Text fz="sm">
          <Text span fw={600} fz="inherit">
            {t('queue.visit.outcome')}:
          </Text>{' '}
          {view.outcome}
        </Text>
        {view.nextStep ? (
          <Text fz="sm">
            <Text span fw={600} fz="inherit">
              {t('queue.visit.nextStepShown')}:
            </Text>{' '}
            {view.nextStep}
          </Text>
        ) : null}
        {view.nextStepDue ? (
          <Text fz="sm">
            <Text span fw={600} fz="inherit">
              {t('queue.visit.nextStepDue')}:
            </Text>{' '}
            {shortDate(view.nextStepDue)}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  )
}
