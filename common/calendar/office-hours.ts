import { z } from 'zod'
import { IsoDate } from '../holidays'

/**
 * Office hours per weekday. Government offices keep their own hours, set by the regional head's
 * regulation on working days and hours (Perbup/Perwali "hari dan jam kerja"): a longer Friday for
 * the Friday prayer break, sometimes a Saturday, and shorter hours in Ramadan (a date range with
 * its own week, below). The working-time arithmetic (working-time.ts) uses each date's own hours.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** 'HH:mm', 00:00–23:59. */
export const ClockTime = z.string({ error: 'required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_format')

/** One day's hours; the office opens strictly before it closes (a night shift is not an office day). */
export const DayHours = z
  .object({ opens: ClockTime, closes: ClockTime })
  .refine((hours) => hours.opens < hours.closes, { message: 'hours_order', path: ['closes'] })
export type DayHours = z.infer<typeof DayHours>

/** A week of office hours; null: closed that weekday. */
export const WeekHours = z.object({
  mon: DayHours.nullable(),
  tue: DayHours.nullable(),
  wed: DayHours.nullable(),
  thu: DayHours.nullable(),
  fri: DayHours.nullable(),
  sat: DayHours.nullable(),
  sun: DayHours.nullable(),
})
export type WeekHours = z.infer<typeof WeekHours>

/** Default: Monday–Thursday 07:30–16:00, Friday 07:30–16:30, weekend closed (issue 8, fault 1). */
export const DEFAULT_WEEK_HOURS: WeekHours = {
  mon: { opens: '07:30', closes: '16:00' },
  tue: { opens: '07:30', closes: '16:00' },
  wed: { opens: '07:30', closes: '16:00' },
  thu: { opens: '07:30', closes: '16:00' },
  fri: { opens: '07:30', closes: '16:30' },
  sat: null,
  sun: null,
}

/**
 * "Jam kerja khusus": a date range (both ends included, office dates 'YYYY-MM-DD') with its own
 * week of hours, e.g. Ramadan, whose shorter hours each year's MenPAN-RB circular sets.
 */
export const SpecialHours = z
  .object({
    from: IsoDate,
    to: IsoDate,
    name: z.string({ error: 'required' }).trim().min(1, 'required').max(100, 'too_long'),
    hours: WeekHours,
  })
  .refine((period) => period.from <= period.to, { message: 'range_order', path: ['to'] })
export type SpecialHours = z.infer<typeof SpecialHours>

/** At most a few periods a year are kept; the list travels in one synced setting row. */
export const SpecialHoursList = z.array(SpecialHours).max(24, 'too_many')

/** The weekday key of an office date (which weekday a date is does not depend on the time zone). */
export function weekdayOf(day: string): Weekday {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday
}

/**
 * The hours an office keeps on a date by its week: a special period that covers the date wins
 * (the first listed, when periods overlap); null when the office is closed that weekday.
 */
export function weekHoursOn(
  week: WeekHours,
  special: readonly SpecialHours[] | undefined,
  day: string,
): DayHours | null {
  const period = special?.find((p) => p.from <= day && day <= p.to)
  return (period?.hours ?? week)[weekdayOf(day)]
}
