import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../common/visits'
import { timing, useStandardText } from '../queue/time'
import { Timer } from '../queue/Timer'

/** The visit as a whole against its procedure's total standard: from arrival to its close, or now. */
export function totalTiming(view: VisitView, now: number) {
  return timing({ startedAt: view.arrivedAt, dueAt: view.totalDueAt, endedAt: view.finishedAt, now })
}

/** The visit's total time, counting while it is open. */
export function TotalTimer({
  view,
  now,
  size,
  running,
}: {
  view: VisitView
  now: number
  size?: 'sm' | 'lg'
  running?: boolean
}) {
  const { t } = useTranslation()
  const standardText = useStandardText()
  const total = view.procedure?.totalStandard
  return (
    <Timer
      size={size}
      timing={totalTiming(view, now)}
      dueAt={view.totalDueAt}
      provisional={view.totalDueProvisional}
      standard={total ? standardText(total) : undefined}
      running={running}
      label={t('queue.visit.totalTimer')}
    />
  )
}
