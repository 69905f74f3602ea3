import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconBan, IconRepeat } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitFacts } from '../../../../common/visit-rules'
import type { VisitView } from '../../../../common/visits'
import { RecordedReason } from './Meta'
import { TotalTimer } from './TotalTimer'
import { VisitWho } from './VisitWho'

const STATUS_COLOR = { done: 'green', cancelled: 'gray', waiting: 'yellow', in_progress: 'loket' } as const

/**
 * The visit at a glance: its queue and visit numbers, who and what for, its status (overdue in red
 * while it is live), its total time, and the recall and cancel buttons.
 */
export function VisitHeader({
  view,
  facts,
  now,
  canRecall,
  canCancel,
  busy,
  onRecall,
  onCancel,
}: {
  view: VisitView
  facts: VisitFacts
  now: number
  canRecall: boolean
  canCancel: boolean
  busy: boolean
  onRecall: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { closed } = facts
  return (
    <Card withBorder radius="md" padding="lg">
      <Group align="flex-start" wrap="nowrap" gap="xl">
        <Box style={{ flexShrink: 0 }}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('queue.visit.queueNumber')}
          </Text>
          <Title order={1} fz={40} ff="monospace" lh={1.1}>
            {view.queueNumber ?? view.visitNumber}
          </Title>
          <Text fz="sm" c="dimmed" ff="monospace" aria-label={t('queue.visit.visitNumber')}>
            {view.visitNumber}
          </Text>
        </Box>
        <VisitWho view={view} />
        <Stack gap={8} align="flex-end" style={{ flexShrink: 0 }}>
          <Group gap={6} wrap="nowrap">
            {facts.liveOverdue ? (
              <Badge color="red" size="lg" variant="filled" leftSection={<IconAlertTriangle size={14} />}>
                {t('domain.visitStatus.overdue')}
              </Badge>
            ) : null}
            <Badge size="lg" variant="light" color={STATUS_COLOR[view.status]}>
              {t(`domain.visitStatus.${view.status}`)}
            </Badge>
          </Group>
          {view.totalDueAt !== null || !closed ? (
            <Group gap={6} wrap="nowrap">
              <Text fz="sm" c="dimmed">
                {t('queue.visit.total')}
              </Text>
              <TotalTimer view={view} now={now} running={!closed} />
            </Group>
          ) : null}
          {view.procedureReason ? <RecordedReason reason={view.procedureReason} /> : null}
          <Group gap="xs" wrap="nowrap">
            {canRecall && !closed && view.calledAt !== null ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRepeat size={14} />}
                onClick={onRecall}
                disabled={busy}
              >
                {t('queue.board.recall')}
              </Button>
            ) : null}
            {canCancel && !closed ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconBan size={14} />}
                onClick={onCancel}
              >
                {t('queue.visit.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Card>
  )
}
