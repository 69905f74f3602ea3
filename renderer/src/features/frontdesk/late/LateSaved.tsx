import { Badge, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../../common/visits'
import { useOfficeFormat } from '../format'
import { SuccessPanel } from '../SuccessPanel'

/** The visit just recorded: its number, the "entered late" flag, and what next. */
export function LateSaved({
  visit,
  onOpen,
  onNext,
}: {
  visit: VisitView
  onOpen: () => void
  onNext: () => void
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <SuccessPanel
      titleId="late-saved-title"
      title={t('frontdesk.late.saved.title')}
      openLabel={t('frontdesk.late.saved.open')}
      nextLabel={t('frontdesk.late.saved.next')}
      onOpen={onOpen}
      onNext={onNext}
    >
      <Text fz="sm" c="dimmed" fw={600} tt="uppercase">
        {t('frontdesk.late.saved.visitNumber')}
      </Text>
      <Text fz={36} fw={700} c="loket.8" lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {visit.visitNumber}
      </Text>
      <Badge color="orange" variant="light" size="lg" radius="sm">
        {visit.enteredLate ? t('domain.enteredLate') : t(`domain.visitStatus.${visit.status}`)}
      </Badge>
      <Stack gap={2} align="center">
        <Text fw={600}>{visit.visitor.fullName}</Text>
        <Text fz="sm">
          {t(`domain.purposes.${visit.purpose}`)}
          {visit.queueNumber
            ? ` · ${t('frontdesk.late.saved.paperNumber', { number: visit.queueNumber })}`
            : ''}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('frontdesk.late.saved.when', {
            arrived: fmt.dateTime(visit.arrivedAt),
            finished: visit.finishedAt !== null ? fmt.time(visit.finishedAt) : '—',
            zone: fmt.zoneLabel,
          })}
        </Text>
        {visit.recordedAt !== null ? (
          <Text fz="sm" c="dimmed">
            {t('frontdesk.late.saved.recorded', { at: fmt.dateTime(visit.recordedAt) })}
          </Text>
        ) : null}
      </Stack>
    </SuccessPanel>
  )
}
