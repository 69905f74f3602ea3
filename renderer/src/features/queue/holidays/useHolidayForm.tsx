import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { HolidayInput, HolidayView } from '../../../../../common/holidays'
import { HolidayInput as HolidayInputSchema } from '../../../../../common/holidays'
import { validationCatalog } from '../../../../../common/validation'
import { callConfirmed } from '../../../api/central'
import { useCoreSubmit } from '../../../forms/useCoreSubmit'
import { LocalizedText, zodValidate } from '../../../forms/validation'
import { useHolidayDates } from './dates'

export const EMPTY_HOLIDAY: HolidayInput = { date: '', name: '', kind: 'local' }
const validateHoliday = zodValidate<HolidayInput>(HolidayInputSchema)

/**
 * The form that adds a day off, or changes one already in the list (same date): checked as it is
 * typed, saved through the central confirmation; after a save it empties and the list shows the
 * saved day's year. `edit` fills it from a row of the list.
 */
export function useHolidayForm({
  list,
  year,
  onYear,
}: {
  list: readonly HolidayView[] | null
  year: number
  onYear: (year: number) => void
}) {
  const { t } = useTranslation()
  const { shortDate } = useHolidayDates()
  const form = useForm<HolidayInput>({
    mode: 'controlled',
    initialValues: EMPTY_HOLIDAY,
    validate: (values) => {
      const errors = validateHoliday(values)
      // An empty date is missing rather than malformed.
      if (values.date === '') errors.date = <LocalizedText message={validationCatalog.required} />
      return errors
    },
    validateInputOnChange: true,
  })
  const existing = list?.find((h) => h.date === form.values.date) ?? null

  const { submit, failure, busy } = useCoreSubmit(form, async (values) => {
    const saved = await callConfirmed('holidays.save', values)
    notifications.show({
      color: 'green',
      message: t('queue.holidays.saved', { date: shortDate(saved.date) }),
    })
    form.setValues(EMPTY_HOLIDAY)
    form.resetDirty(EMPTY_HOLIDAY)
    form.clearErrors()
    const savedYear = Number(saved.date.slice(0, 4))
    if (savedYear !== year) onYear(savedYear)
  })

  const edit = (holiday: HolidayView) => {
    form.setValues({ date: holiday.date, name: holiday.name, kind: holiday.kind })
    form.clearErrors()
    document.getElementById('holiday-name')?.focus()
  }

  const clear = () => {
    form.setValues(EMPTY_HOLIDAY)
    form.clearErrors()
  }

  return { form, existing, submit, failure, busy, edit, clear }
}

export type HolidayFormState = ReturnType<typeof useHolidayForm>
