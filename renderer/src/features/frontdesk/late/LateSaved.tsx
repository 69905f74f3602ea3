import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconArrowRight, IconExternalLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../../common/visits'
import { useOfficeFormat } from '../format'
import { SuccessHeading } from '../SuccessHeading'

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
    <Paper withBorder radius="md" p="xl" maw={720} role="status" aria-labelledby="late-saved-title">
      <Stack gap="md" align="center">
        <SuccessHeading id="late-saved-title">{t('frontdesk.late.saved.title')}</SuccessHeading>
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
        <Group gap="md" mt="sm">
          <Button variant="default" leftSection={<IconExternalLink size={18} />} onClick={onOpen}>
            {t('frontdesk.late.saved.open')}
          </Button>
          <Button autoFocus rightSection={<IconArrowRight size={18} />} onClick={onNext}>
            {t('frontdesk.late.saved.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
