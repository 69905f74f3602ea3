import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StandardTime } from '../../../../common/calendar/working-time'
import type { OfficeTimeZone } from '../../../../common/settings'
import { OFFICE_TIME_ZONES } from '../../../../common/settings'
import { pastDue } from '../../../../common/visit-rules'
import { useLocale } from '../../i18n'
import { useSession } from '../../stores/session'

/**
 * The time now, ticking locally (every second by default): timers count from the times the core
 * sent (start, due) without asking it again each second.
 */
export function useNow(every = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), every)
    return () => window.clearInterval(timer)
  }, [every])
  return now
}

/** The office's time zone and its short name (WIB, WITA, WIT). */
export function useOfficeZone(): { zone: OfficeTimeZone; label: string } {
  const zone = useSession((s) => s.info?.timeZone) ?? 'Asia/Jakarta'
  return { zone, label: OFFICE_TIME_ZONES[zone] }
}

/** Formats instants in the office's zone, in the user's language. */
export function useOfficeFormat() {
  const { zone, label } = useOfficeZone()
  const { locale } = useLocale()
  const dateLocale = locale === 'en' ? enGB : idLocale
  return {
    zone,
    zoneLabel: label,
    /** e.g. `10:02:11` */
    time: (at: number) => format(new TZDate(at, zone), 'HH:mm:ss', { locale: dateLocale }),
    /** e.g. `10:02` */
    clock: (at: number) => format(new TZDate(at, zone), 'HH:mm', { locale: dateLocale }),
    /** e.g. `Senin, 23 November 2026` */
    day: (at: number) => format(new TZDate(at, zone), 'EEEE, d MMMM yyyy', { locale: dateLocale }),
    /** e.g. `23 Nov 10:02` */
    dayTime: (at: number) => format(new TZDate(at, zone), 'd MMM HH:mm', { locale: dateLocale }),
    /** The office-local year of an instant. */
    year: (at: number) => new TZDate(at, zone).getFullYear(),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A span as a counter shows it: `04:05`, `1:02:03`; days spelled out beyond a day. */
export function useDurationFormat(): (ms: number) => string {
  const { t } = useTranslation()
  return (ms) => {
    const total = Math.max(0, Math.floor(ms / 1000))
    const days = Math.floor(total / 86_400)
    const hours = Math.floor((total % 86_400) / 3600)
    const minutes = Math.floor((total % 3600) / 60)
    const seconds = total % 60
    if (days > 0) return t('queue.time.days', { days, hours, minutes: pad(minutes) })
    if (hours > 0) return `${hours}:${pad(minutes)}:${pad(seconds)}`
    return `${pad(minutes)}:${pad(seconds)}`
  }
}

/** An SOP's `waktu` in words: `5 menit`, `3 hari kerja`. */
export function useStandardText(): (standard: StandardTime | null) => string {
  const { t } = useTranslation()
  const { locale } = useLocale()
  return (standard) =>
    standard
      ? t(`domain.standard.${standard.unit}`, {
          value: standard.value.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID'),
        })
      : t('domain.standard.none')
}

/** Where a span stands against its standard: how long it ran, and by how much it overran. */
export interface Timing {
  elapsed: number
  /** The standard's span (due minus start), when there is one. */
  span: number | null
  overdue: boolean
  /** How long past due (0 when not overdue). */
  over: number
}

export function timing(input: {
  startedAt: number
  dueAt: number | null
  endedAt?: number | null
  now: number
}): Timing {
  const end = input.endedAt ?? input.now
  const elapsed = Math.max(0, end - input.startedAt)
  const span = input.dueAt === null ? null : input.dueAt - input.startedAt
  const over = input.dueAt === null ? 0 : Math.max(0, end - input.dueAt)
  return { elapsed, span, overdue: pastDue(input.dueAt, end), over }
}
