import { TextInput } from '@mantine/core'
import type { TextInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useOfficeFormat } from '../format'
import { formatDay, parseDay, parseTime } from './late-entry'

type FieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string
  onValue: (value: string) => void
  /** Say the weekday and month of a readable date under the field, to check it against the paper. */
  withWeekday?: boolean
}

/**
 * A date typed as written on paper (22/11/2026, 22-11-2026, 22112026): the same on every PC,
 * whatever its regional settings, and tidied to DD/MM/YYYY when the field is left.
 */
export function DateField({
  value,
  onValue,
  onBlur,
  withWeekday = false,
  description,
  ...props
}: FieldProps) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const iso = parseDay(value)
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      placeholder={t('frontdesk.late.datePlaceholder')}
      description={withWeekday && iso ? fmt.weekday(iso) : description}
      {...props}
      value={value}
      onChange={(event) => onValue(event.currentTarget.value)}
      onBlur={(event) => {
        if (iso && formatDay(iso) !== value) onValue(formatDay(iso))
        onBlur?.(event)
      }}
    />
  )
}

/** A time on the 24-hour clock as typed (9:30, 09.30, 0930), tidied to 09:30 when the field is left. */
export function TimeField({ value, onValue, onBlur, withWeekday: _unused, ...props }: FieldProps) {
  const { t } = useTranslation()
  const clock = parseTime(value)
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      placeholder={t('frontdesk.late.timePlaceholder')}
      {...props}
      value={value}
      onChange={(event) => onValue(event.currentTarget.value)}
      onBlur={(event) => {
        if (clock && clock !== value) onValue(clock)
        onBlur?.(event)
      }}
    />
  )
}
