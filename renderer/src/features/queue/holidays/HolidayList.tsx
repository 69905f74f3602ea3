import { Card, Group, Loader, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconCalendarOff } from '@tabler/icons-react'
import type { Dispatch, SetStateAction } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../../common/errors'
import type { HolidayView } from '../../../../../common/holidays'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { HolidayRow } from './HolidayRow'
import { HolidayYearBar } from './HolidayYearBar'

/**
 * The year's days off under its year bar: loading, a failure (the last list stays), "none this
 * year", or the table of days. Not a SectionCard: its heading sits between the year arrows.
 */
export function HolidayList({
  year,
  thisYear,
  onYear,
  list,
  failure,
  onEdit,
  onRemove,
}: {
  year: number
  thisYear: number
  onYear: Dispatch<SetStateAction<number>>
  /** Null until the year's list came. */
  list: readonly HolidayView[] | null
  failure: RpcError | null
  onEdit: (holiday: HolidayView) => void
  onRemove: (holiday: HolidayView) => void
}) {
  const { t } = useTranslation()
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-labelledby="holiday-list-title">
      <HolidayYearBar year={year} thisYear={thisYear} count={list ? list.length : null} onYear={onYear} />
      {failure ? (
        <Stack p="lg">
          <ErrorAlert error={failure} />
        </Stack>
      ) : null}
      {!list ? (
        failure ? null : (
          <Group p="lg">
            <Loader aria-label={t('app.loading')} />
          </Group>
        )
      ) : list.length === 0 ? (
        <Stack align="center" gap="xs" p="xl">
          <IconCalendarOff size={36} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text fw={600}>{t('queue.holidays.empty', { year })}</Text>
          <Text fz="sm" c="dimmed">
            {t('queue.holidays.emptyHint')}
          </Text>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover striped layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={250}>{t('queue.holidays.date')}</Table.Th>
                <Table.Th>{t('queue.holidays.name')}</Table.Th>
                <Table.Th w={170}>{t('queue.holidays.kind')}</Table.Th>
                <Table.Th w={150}>{t('queue.holidays.source')}</Table.Th>
                <Table.Th w={96}>
                  <VisuallyHidden>{t('queue.holidays.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((holiday) => (
                <HolidayRow
                  key={holiday.id}
                  holiday={holiday}
                  onEdit={() => onEdit(holiday)}
                  onRemove={() => onRemove(holiday)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
