import { Box, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ComplaintHit } from '../../../../common/complaints/views'
import { ComplaintStatus } from './ComplaintStatus'

/** One complaint in a list: its numbers, who complains (NIK masked), what about, and where it stands. */
export function ComplaintHitRow({ hit }: { hit: ComplaintHit }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
      <Group gap="sm" wrap="wrap">
        <Text ff="monospace" fw={700} fz="sm">
          {hit.number ?? t('complaints.hit.noNumber')}
        </Text>
        {hit.laporTrackingId ? (
          <Text ff="monospace" fz="sm" c="dimmed">
            {t('complaints.hit.lapor', { id: hit.laporTrackingId })}
          </Text>
        ) : null}
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} fz="sm">
          {hit.complainantName}
        </Text>
        {hit.nikMasked ? (
          <Text fz="sm" c="dimmed" ff="monospace">
            {t('complaints.detail.nik', { nik: hit.nikMasked })}
          </Text>
        ) : null}
      </Group>
      <Text fz="sm" lineClamp={1} title={hit.subject}>
        {hit.subject}
      </Text>
      <Box>
        <ComplaintStatus hit={hit} />
      </Box>
    </Stack>
  )
}
