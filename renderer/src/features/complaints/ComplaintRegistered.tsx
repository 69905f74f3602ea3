import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconExternalLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { useGo } from '../../shell/navigate'
import { PrintAction } from '../printing/PrintAction'

/**
 * A complaint just registered at the desk: its local number, large, to read out and write down,
 * and its receipt (TTP, on the ticket printer) through the usual preview and print.
 */
export function ComplaintRegistered({ complaint, visitId }: { complaint: ComplaintDetail; visitId: string }) {
  const { t } = useTranslation()
  const go = useGo()
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="complaint-registered-title"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-7)" aria-hidden />
          <Title order={2} fz="lg" id="complaint-registered-title">
            {t('complaints.registered.title')}
          </Title>
        </Group>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('complaints.registered.number')}
          </Text>
          <Text ff="monospace" fw={700} fz={34} lh={1.2} data-testid="complaint-number">
            {complaint.number}
          </Text>
        </div>
        <Text fz="sm">{t('complaints.registered.advice')}</Text>
        <Group gap="sm">
          {/* Ctrl+P stays the ticket's (VisitPrintBar): one key, one document. */}
          <PrintAction input={{ kind: 'complaint_receipt', visitId }} />
          <Button
            variant="default"
            leftSection={<IconExternalLink size={16} />}
            onClick={() => go('complaint', complaint.id)}
          >
            {t('complaints.registered.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
