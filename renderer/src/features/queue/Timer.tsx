import { Badge, Group, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconClock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Timing } from './time'
import { useDurationFormat, useOfficeFormat } from './time'

/** Beyond this, a standard reads better as its due time than as a span (working days, hours). */
const SPAN_AS_COUNTER = 8 * 60 * 60 * 1000

/**
 * A live timer against a standard: elapsed / standard, and past due in red with an icon and the
 * words "past standard" (never colour alone).
 */
export function Timer({
  timing,
  dueAt,
  standard,
  running = true,
  size = 'sm',
  label,
  stacked = false,
  provisional = false,
}: {
  timing: Timing
  dueAt: number | null
  /** The standard in words (`5 menit`); without it, the span due − start is shown. */
  standard?: string | undefined
  /** A running timer is announced as one (role timer); a finished span is plain text. */
  running?: boolean
  size?: 'xs' | 'sm' | 'md' | 'lg'
  /** Accessible name of the running timer. */
  label?: string
  /** The "past standard" badge under the time rather than beside it (narrow table cells). */
  stacked?: boolean
  /**
   * The due time rests on a year whose holiday decree is not loaded (issue 8, fault 1): marked
   * "sementara" with the reason on hover, focus and for screen readers.
   */
  provisional?: boolean | undefined
}) {
  const { t } = useTranslation()
  const duration = useDurationFormat()
  const fmt = useOfficeFormat()
  const { elapsed, span, overdue, over } = timing
  let against: string | null = null
  if (standard) against = standard
  else if (span !== null && span <= SPAN_AS_COUNTER) against = duration(span)
  else if (dueAt !== null) against = t('queue.time.dueAt', { time: fmt.dayTime(dueAt) })
  return (
    <Group
      gap={stacked ? 2 : 6}
      // The 'sementara' mark may drop below the time where the space is narrow (1024 px).
      wrap={stacked || provisional ? 'wrap' : 'nowrap'}
      role={running ? 'timer' : undefined}
      aria-label={label}
      c={overdue ? 'red.8' : undefined}
    >
      {overdue ? (
        <IconAlertTriangle size={size === 'lg' ? 22 : 16} aria-hidden />
      ) : (
        <IconClock size={size === 'lg' ? 22 : 16} aria-hidden color="var(--mantine-color-dimmed)" />
      )}
      <Text fz={size} ff="monospace" fw={overdue ? 700 : 500} c="inherit" style={{ whiteSpace: 'nowrap' }}>
        {duration(elapsed)}
        {against ? (
          <Text span fz={size} c={overdue ? 'inherit' : 'dimmed'} ff="inherit" fw={400}>
            {' / '}
            {against}
          </Text>
        ) : null}
      </Text>
      {provisional && dueAt !== null ? (
        <Tooltip
          label={t('queue.time.provisionalWhy')}
          multiline
          w={320}
          events={{ hover: true, focus: true, touch: true }}
        >
          <Badge
            color="orange"
            variant="light"
            size={size === 'lg' ? 'md' : 'sm'}
            radius="sm"
            tabIndex={0}
            title={t('queue.time.provisionalWhy')}
            aria-label={`${t('queue.time.provisional')}: ${t('queue.time.provisionalWhy')}`}
            data-testid="due-provisional"
            style={{ flexShrink: 0 }}
          >
            {t('queue.time.provisional')}
          </Badge>
        </Tooltip>
      ) : null}
      {overdue ? (
        <Badge
          color="red"
          variant="filled"
          size={size === 'lg' ? 'md' : 'sm'}
          radius="sm"
          ml={stacked ? 22 : 0}
          style={{ flexShrink: 0 }}
        >
          {t('queue.time.over', { time: duration(over) })}
        </Badge>
      ) : null}
    </Group>
  )
}
