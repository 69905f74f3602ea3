import { Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconHourglass, IconUserCheck, IconX } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Section } from './sections'

/** How many visits each section holds; overdue ones in red when there are any. */
export function BoardStats({ counts }: { counts: Record<Section, number> }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 3, lg: 5 }} spacing="sm">
      <Stat
        label={t('domain.visitStatus.waiting')}
        value={counts.waiting}
        icon={<IconHourglass size={16} />}
      />
      <Stat
        label={t('domain.visitStatus.in_progress')}
        value={counts.in_progress}
        icon={<IconUserCheck size={16} />}
      />
      <Stat
        label={t('domain.visitStatus.overdue')}
        value={counts.overdue}
        icon={<IconAlertTriangle size={16} />}
        alarm={counts.overdue > 0}
      />
      <Stat label={t('domain.visitStatus.done')} value={counts.done} icon={<IconCircleCheck size={16} />} />
      <Stat
        label={t('domain.visitStatus.cancelled')}
        value={counts.cancelled}
        icon={<IconX size={16} />}
        muted
      />
    </SimpleGrid>
  )
}

function Stat({
  label,
  value,
  icon,
  alarm = false,
  muted = false,
}: {
  label: string
  value: number
  icon: ReactNode
  alarm?: boolean
  muted?: boolean
}) {
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="sm"
      bg={alarm ? 'red.0' : undefined}
      style={alarm ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
      aria-label={`${label}: ${value}`}
      role="group"
    >
      <Group gap={8} wrap="nowrap" mih={36}>
        <ThemeIcon variant="light" size="md" radius="sm" color={alarm ? 'red' : muted ? 'gray' : 'loket'}>
          {icon}
        </ThemeIcon>
        <Text fz="sm" lh={1.2} c={alarm ? 'red.8' : 'dimmed'} fw={alarm ? 700 : 500}>
          {label}
        </Text>
      </Group>
      <Text fz={30} fw={700} lh={1.1} mt={2} c={alarm ? 'red.8' : muted ? 'dimmed' : undefined}>
        {value}
      </Text>
    </Paper>
  )
}
