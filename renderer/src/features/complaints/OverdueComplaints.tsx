import { Badge, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../api/queries'
import { useGo } from '../../shell/navigate'
import { useOfficeFormat } from '../frontdesk/format'
import { useChainWords } from './words'

/** How many the board lists; the rest are counted and found with the lookup. */
const SHOWN = 5

/**
 * The officers' board: open complaints past their hop's deadline (issue 11 deliverable 2), how many
 * and the most overdue few, each opening its detail. Asked again when complaints, the calendar or
 * the office's deadline table change.
 */
export function OverdueComplaints() {
  const { t } = useTranslation()
  const go = useGo()
  const words = useChainWords()
  const fmt = useOfficeFormat()
  const overdue = useCoreQuery('complaints.overdue', { limit: SHOWN })
  const data = overdue.data
  if (!data) return null
  const alarm = data.count > 0
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="overdue-complaints-title">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} fz="md" id="overdue-complaints-title">
            {t('complaints.board.title')}
          </Title>
          <Badge
            color={alarm ? 'red' : 'gray'}
            variant={alarm ? 'filled' : 'light'}
            leftSection={alarm ? <IconAlertTriangle size={12} /> : undefined}
            data-testid="overdue-complaints-count"
          >
            {t('complaints.board.count', { count: data.count })}
          </Badge>
        </Group>
        {data.count === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('complaints.board.none')}
          </Text>
        ) : (
          data.items.map((hit) => (
            <UnstyledButton
              key={hit.id}
              onClick={() => go('complaint', hit.id)}
              p={6}
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                border: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              <Group gap="md" wrap="nowrap">
                <Text ff="monospace" fw={700} fz="sm" style={{ flexShrink: 0 }}>
                  {hit.number ?? hit.laporTrackingId}
                </Text>
                <Text fz="sm" truncate style={{ flex: 1, minWidth: 0 }}>
                  {`${hit.complainantName} — ${hit.subject}`}
                </Text>
                <Text fz="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {hit.stage && hit.holder ? `${words.stage(hit.stage)} · ${words.holder(hit.holder)}` : ''}
                </Text>
                <Text fz="xs" c="red.8" fw={600} style={{ flexShrink: 0 }}>
                  {hit.dueAt !== null ? t('complaints.hit.due', { date: fmt.dateTime(hit.dueAt) }) : ''}
                </Text>
              </Group>
            </UnstyledButton>
          ))
        )}
        {data.count > data.items.length ? (
          <Text fz="xs" c="dimmed">
            {t('complaints.board.more', { count: data.count - data.items.length })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}
