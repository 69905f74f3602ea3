// The date picker's styles and its Indonesian month and day names.
import '@mantine/dates/styles.css'
import 'dayjs/locale/id'
import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../../api/queries'
import { ManagedCentrallyNote } from '../../../shell/ManagedCentrallyNote'
import { CalendarWarning } from '../CalendarWarning'
import { useOfficeFormat } from '../time'
import { HolidayForm } from './HolidayForm'
import { HolidayList } from './HolidayList'
import { RemoveHolidayModal } from './RemoveHolidayModal'
import { useHolidayForm } from './useHolidayForm'
import { useHolidayRemoval } from './useHolidayRemoval'

/**
 * The office calendar's days off, by year: national holidays, cuti bersama and the office's own.
 * The form adds or changes a day, the list shows one year's and removes a day after a confirmation.
 */
export function HolidaysScreen() {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const [thisYear] = useState(() => fmt.year(Date.now()))
  const [year, setYear] = useState(thisYear)

  // Asked again when the calendar changes: a save or removal here, or days arriving by sync.
  const holidays = useCoreQuery('holidays.list', { year })
  const list = holidays.data ?? null
  const form = useHolidayForm({ list, year, onYear: setYear })
  const removal = useHolidayRemoval()

  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1} fz={26}>
          {t('queue.holidays.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('queue.holidays.intro')}
        </Text>
      </div>

      <ManagedCentrallyNote />
      <CalendarWarning />
      <HolidayForm state={form} />
      <HolidayList
        year={year}
        thisYear={thisYear}
        onYear={setYear}
        list={list}
        failure={removal.failure ?? holidays.error?.error ?? null}
        onEdit={form.edit}
        onRemove={removal.ask}
      />
      <RemoveHolidayModal removal={removal} />
    </Stack>
  )
}
