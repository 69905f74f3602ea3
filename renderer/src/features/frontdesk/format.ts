import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useTranslation } from 'react-i18next'
import type { StandardTime } from '../../../../common/calendar/working-time'
import type { OfficeTimeZone } from '../../../../common/settings'
import { OFFICE_TIME_ZONES } from '../../../../common/settings'
import { useLocale } from '../../i18n'
import { useSession } from '../../stores/session'

const MINUTE = 60_000

/** A calendar date 'YYYY-MM-DD' as a local Date (no time zone involved: it names a day, not an instant). */
function dayDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

/**
 * Dates and times as the office keeps them (its zone, not the PC's), in the user's language, and
 * the SOPs' standard times and durations in words.
 */
export function useOfficeFormat() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const zone: OfficeTimeZone = useSession((s) => s.info?.timeZone ?? 'Asia/Jakarta')
  const dfLocale = locale === 'en' ? enGB : idLocale
  const number = (value: number) => value.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID')
  const at = (instant: number, pattern: string) =>
    format(new TZDate(instant, zone), pattern, { locale: dfLocale })

  return {
    zone,
    /** WIB, WITA or WIT. */
    zoneLabel: OFFICE_TIME_ZONES[zone],
    date: (instant: number) => at(instant, 'd MMM yyyy'),
    dateTime: (instant: number) => at(instant, 'd MMM yyyy, HH:mm'),
    time: (instant: number) => at(instant, 'HH:mm'),
    /** A birth date 'YYYY-MM-DD' read from a NIK or NIP. */
    day: (iso: string) => {
      const date = dayDate(iso)
      return date ? format(date, 'd MMMM yyyy', { locale: dfLocale }) : iso
    },
    /** An office date 'YYYY-MM-DD' with its weekday, to check a date typed from paper. */
    weekday: (iso: string) => {
      const date = dayDate(iso)
      return date ? format(date, 'EEEE, d MMMM yyyy', { locale: dfLocale }) : iso
    },
    /** A NIP's appointment: 'YYYY-MM' (PNS) or 'YYYY' (PPPK). */
    appointment: (value: string) => {
      const date = dayDate(`${value}-01`)
      return /^\d{4}-\d{2}$/.test(value) && date ? format(date, 'MMMM yyyy', { locale: dfLocale }) : value
    },
    standard: (standard: StandardTime | null) =>
      standard
        ? t(`domain.standard.${standard.unit}`, { value: number(standard.value) })
        : t('domain.standard.none'),
    duration: (ms: number) => {
      const minutes = Math.max(0, Math.round(ms / MINUTE))
      if (minutes < 60) return t('frontdesk.duration.minutes', { m: minutes })
      if (minutes < 24 * 60)
        return t('frontdesk.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 })
      return t('frontdesk.duration.days', {
        d: Math.floor(minutes / (24 * 60)),
        h: Math.floor((minutes % (24 * 60)) / 60),
      })
    },
  }
}
