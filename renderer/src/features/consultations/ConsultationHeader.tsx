import { Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { useOfficeFormat } from '../frontdesk/format'
import { ConsultationStatusBadge, OverdueBadge } from './ConsultationStatusBadge'

/** A consultation's number, where it stands, how it came and when, and its subject's first line. */
export function ConsultationHeader({
  consultation,
  overdue,
}: {
  consultation: ConsultationDetail
  overdue: boolean
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap" align="center">
          <Title order={1} fz={28} ff="monospace" lh={1.15}>
            {consultation.number}
          </Title>
          <ConsultationStatusBadge status={consultation.status} size="lg" />
          {overdue ? <OverdueBadge size="lg" /> : null}
        </Group>
        <Text fz="sm" c="dimmed">
          {t(`consultations.channels.${consultation.channel}`)} ·{' '}
          {t('consultations.detail.receivedAt', {
            date: `${fmt.dateTime(consultation.receivedAt)} ${fmt.zoneLabel}`,
          })}
          {consultation.assigneeName
            ? ` · ${t('consultations.hit.assignee', { name: consultation.assigneeName })}`
            : ''}
        </Text>
        <Text fw={600} lineClamp={2}>
          {consultation.subject}
        </Text>
      </Stack>
    </Card>
  )
}
