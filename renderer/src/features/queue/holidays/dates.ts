import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useLocale } from '../../../i18n'

/** A plain calendar date (no time zone matters to which weekday it is). */
export function plainDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d)
}

/** Accepts `2026-08-17`, `17-08-2026` and `17/08/2026`; anything else is not (yet) a date. */
export function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim())
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim())
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : []
  if (!y || !m || !d) return null
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const date = plainDate(value)
  return date.getFullYear() === Number(y) && date.getMonth() === Number(m) - 1 && date.getDate() === Number(d)
    ? value
    : null
}

/** A Saturday or a Sunday. */
export function isWeekend(iso: string): boolean {
  return [0, 6].includes(plainDate(iso).getDay())
}

/**
 * A day off's date in the screen's language: `longDate` with its weekday (the list, the form's
 * check), `shortDate` without (the notices after a save or a removal).
 */
export function useHolidayDates() {
  const { locale } = useLocale()
  const dateLocale = locale === 'en' ? enGB : idLocale
  return {
    longDate: (iso: string) => format(plainDate(iso), 'EEEE, d MMMM yyyy', { locale: dateLocale }),
    shortDate: (iso: string) => format(plainDate(iso), 'd MMMM yyyy', { locale: dateLocale }),
  }
}
