import { Box, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConsultationHit } from '../../../../common/consultations/views'
import { useLocale } from '../../i18n'
import { useGo } from '../../shell/navigate'
import { useOfficeFormat } from '../frontdesk/format'
import { ConsultationStatusBadge, OverdueBadge } from './ConsultationStatusBadge'
import { hitOverdue } from './overdue'

/**
 * One consultation in a list: its number, requester, subject on one line, the running step's
 * activity and when it (or the answer) is due, overdue in red. The whole upper part opens it;
 * `children` (the head's inline assignment) sits below, outside that button.
 */
export function ConsultationRow({
  hit,
  now,
  children,
}: {
  hit: ConsultationHit
  now: number
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const go = useGo()
  const overdue = hitOverdue(hit, now)
  const due =
    hit.answerDueAt !== null
      ? t('consultations.hit.answerDue', { date: fmt.dateTime(hit.answerDueAt) })
      : hit.currentDueAt !== null
        ? t('consultations.hit.stepDue', { date: fmt.dateTime(hit.currentDueAt) })
        : t('consultations.hit.noDue')
  const activity =
    hit.currentActivity && hit.currentStep !== null
      ? `${hit.currentStep}. ${pick(hit.currentActivity)}`
      : t('consultations.hit.closed')
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      style={{ borderColor: overdue ? 'var(--mantine-color-red-4)' : undefined, overflow: 'hidden' }}
      data-testid="consultation-row"
    >
      <UnstyledButton
        onClick={() => go('consultation', hit.id)}
        aria-label={t('consultations.hit.open', { number: hit.number })}
        px="md"
        py="sm"
        w="100%"
        style={{ display: 'block' }}
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text ff="monospace" fw={700} fz="sm" style={{ flexShrink: 0 }}>
                {hit.number}
              </Text>
              <Text fw={600} fz="sm" truncate>
                {hit.requesterName}
              </Text>
              <Text fz="xs" c="dimmed" style={{ flexShrink: 0 }}>
                · {t(`consultations.channels.${hit.channel}`)}
              </Text>
            </Group>
            <Text fz="sm" truncate title={hit.subject}>
              {hit.subject}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {activity}
              {hit.assigneeName ? ` · ${t('consultations.hit.assignee', { name: hit.assigneeName })}` : ''}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
            <Group gap={4} wrap="nowrap">
              {overdue ? <OverdueBadge size="sm" /> : null}
              <ConsultationStatusBadge status={hit.status} size="sm" />
            </Group>
            <Text fz="xs" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined} ta="right">
              {due}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
      {children ? (
        <Box px="md" pb="sm" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          {children}
        </Box>
      ) : null}
    </Paper>
  )
}
