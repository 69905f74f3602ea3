import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { HolidayView } from '../../../../../common/holidays'
import { isWeekend, useHolidayDates } from './dates'
import { HolidaySourceLabel } from './HolidaySourceLabel'

const KIND_COLOR = { national: 'red', cuti_bersama: 'orange', local: 'loket' } as const

/**
 * One day off in the year's list: its date (and whether it falls on a weekend), name, kind and
 * source; change it in the form, or remove it (not a day known by rule).
 */
export function HolidayRow({
  holiday,
  onEdit,
  onRemove,
}: {
  holiday: HolidayView
  onEdit: () => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { longDate } = useHolidayDates()
  return (
    <Table.Tr aria-label={`${holiday.date} ${holiday.name}`}>
      <Table.Td>
        <Text fz="sm" fw={500}>
          {longDate(holiday.date)}
        </Text>
        {isWeekend(holiday.date) ? (
          <Text fz="xs" c="dimmed">
            {t('queue.holidays.onWeekend')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text fz="sm">{holiday.name}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={KIND_COLOR[holiday.kind]} radius="sm" tt="none" maw="100%">
          {t(`domain.holidayKinds.${holiday.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <HolidaySourceLabel source={holiday.source} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('queue.holidays.edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('queue.holidays.editOne', { name: holiday.name })}
              onClick={onEdit}
            >
              <IconPencil size={18} />
            </ActionIcon>
          </Tooltip>
          {holiday.source.kind === 'rule' ? null : (
            <Tooltip label={t('queue.holidays.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('queue.holidays.removeOne', { name: holiday.name })}
                onClick={onRemove}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
