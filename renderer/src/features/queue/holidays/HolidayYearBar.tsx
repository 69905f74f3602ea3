import { ActionIcon, Button, Group, Text, Title, Tooltip } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import type { Dispatch, SetStateAction } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The list's heading bar: the year shown (its title names the list for screen readers), a year back
 * and forward (2000–2100), back to this year, and how many days off the year has.
 */
export function HolidayYearBar({
  year,
  thisYear,
  count,
  onYear,
}: {
  year: number
  thisYear: number
  /** Null until the year's list came. */
  count: number | null
  onYear: Dispatch<SetStateAction<number>>
}) {
  const { t } = useTranslation()
  return (
    <Group
      justify="space-between"
      px="lg"
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group gap="xs">
        <Tooltip label={t('queue.holidays.previousYear')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('queue.holidays.previousYear')}
            onClick={() => onYear((y) => y - 1)}
            disabled={year <= 2000}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Title order={2} fz="lg" id="holiday-list-title" miw={190} ta="center">
          {t('queue.holidays.listTitle', { year })}
        </Title>
        <Tooltip label={t('queue.holidays.nextYear')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('queue.holidays.nextYear')}
            onClick={() => onYear((y) => y + 1)}
            disabled={year >= 2100}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
        </Tooltip>
        {year !== thisYear ? (
          <Button variant="subtle" size="xs" onClick={() => onYear(thisYear)}>
            {t('queue.holidays.thisYear')}
          </Button>
        ) : null}
      </Group>
      {count !== null ? (
        <Text fz="sm" c="dimmed">
          {t('queue.holidays.count', { n: count })}
        </Text>
      ) : null}
    </Group>
  )
}
