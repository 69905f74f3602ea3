import { Button, Group, Stack, Text } from '@mantine/core'
import { IconExternalLink } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { useGo } from '../../shell/navigate'
import { ComplaintStatus } from './ComplaintStatus'
import { ExpectNext } from './ExpectNext'

/**
 * A complaint as the officer tells it to the visitor: its number, what about, where it stands and
 * what to expect next, with the way to its whole history. `actions` go beside that link.
 */
export function ComplaintSummary({
  complaint,
  actions,
}: {
  complaint: ComplaintDetail
  actions?: ReactNode
}) {
  const { t } = useTranslation()
  const go = useGo()
  const number = complaint.number ?? complaint.laporTrackingId ?? t('complaints.hit.noNumber')
  return (
    <Stack gap="sm" data-testid="linked-complaint">
      <Group gap="md" align="baseline" wrap="wrap">
        <Text ff="monospace" fw={700} fz="xl">
          {number}
        </Text>
        {complaint.number && complaint.laporTrackingId ? (
          <Text ff="monospace" fz="sm" c="dimmed">
            {t('complaints.hit.lapor', { id: complaint.laporTrackingId })}
          </Text>
        ) : null}
      </Group>
      <Text fz="sm">{complaint.subject}</Text>
      <ComplaintStatus hit={complaint} />
      <ExpectNext complaint={complaint} />
      <Group gap="sm">
        <Button
          variant="default"
          size="sm"
          leftSection={<IconExternalLink size={16} />}
          onClick={() => go('complaint', complaint.id)}
        >
          {t('complaints.step4.openDetail')}
        </Button>
        {actions}
      </Group>
    </Stack>
  )
}
