import { z } from 'zod'
import { officeDay, officeInstant } from './office-day'

export interface OfficeCalendar {
  timeZone: string
  /** Office-local dates off: national holidays and cuti bersama (weekends are off by rule). */
  holidays: ReadonlySet<string>
  /** Office hours, local 'HH:mm'. A "working day" of a standard time is this span. */
  opens: string
  closes: string
}

export const DEFAULT_OFFICE_HOURS: { opens: string; closes: string } = { opens: '08:00', closes: '16:00' }

export const StandardUnit = z.enum(['minutes', 'hours', 'working_days'], { error: 'invalid_choice' })
export type StandardUnit = z.infer<typeof StandardUnit>

/** An SOP step's `waktu`. The value may be fractional: the website SOP gives ½ hari as 0.5. */
export const StandardTime = z.object({
  value: z.number({ error: 'required' }).positive('invalid'),
  unit: StandardUnit,
})
export type StandardTime = z.infer<typeof StandardTime>

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/**
 * No office is closed for ten years straight; a calendar that seems to be (every day a holiday,
 * or opens ≥ closes) is a configuration error and must not hang the desk in an endless loop.
 */
const MAX_DAYS_SCANNED = 3_660

/** Calendar arithmetic on plain dates; the time zone does not matter to which date follows which. */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function dayOfWeek(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Monday to Friday and not a holiday or cuti bersama (PRODUCT.md "Working days"). */
export function isWorkingDay(calendar: OfficeCalendar, day: string): boolean {
  const weekday = dayOfWeek(day)
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day)
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(calendar: OfficeCalendar, day: string): string {
  let next = day
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    next = addDays(next, 1)
    if (isWorkingDay(calendar, next)) return next
  }
  throw new RangeError(`nextWorkingDay: no working day within ${MAX_DAYS_SCANNED} days after ${day}`)
}

/** Office hours of one date as instants, so a zone's offset is applied on that very date. */
function hoursOf(calendar: OfficeCalendar, day: string): { open: number; close: number } {
  const open = officeInstant(day, calendar.opens, calendar.timeZone)
  const close = officeInstant(day, calendar.closes, calendar.timeZone)
  if (close <= open) {
    throw new RangeError(`office hours must open before they close, got ${calendar.opens}–${calendar.closes}`)
  }
  return { open, close }
}

/**
 * When a step that started at `start` is due. Minutes and hours are wall time (the SOP's minutes run
 * at the counter while the visitor waits, and a 2-hour check runs on whatever clock the officer
 * keeps). Working days count office hours on working days only: N working days after Monday 10:00 is
 * Thursday 10:00 (when Tue–Thu are working days); a start outside office hours counts from the next
 * opening; ½ working day = half the office-hours span. A standard that ends exactly at closing time
 * is due at closing, not at the next opening.
 */
export function dueAt(calendar: OfficeCalendar, start: number, standard: StandardTime): number {
  switch (standard.unit) {
    case 'minutes':
      return start + Math.round(standard.value * MINUTE)
    case 'hours':
      return start + Math.round(standard.value * HOUR)
    case 'working_days':
      return addWorkingTime(calendar, start, standard.value)
  }
}

function addWorkingTime(calendar: OfficeCalendar, start: number, days: number): number {
  let day = officeDay(start, calendar.timeZone)
  let position = start
  let remaining: number | null = null
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    if (isWorkingDay(calendar, day)) {
      const { open, close } = hoursOf(calendar, day)
      // One working day is the span of office hours; measured once, on the first working day met.
      remaining ??= Math.round(days * (close - open))
      const from = Math.max(position, open)
      if (from < close) {
        if (remaining <= close - from) return from + remaining
        remaining -= close - from
      }
    }
    day = addDays(day, 1)
    position = officeInstant(day, '00:00', calendar.timeZone)
  }
  throw new RangeError(`dueAt: no working day within ${MAX_DAYS_SCANNED} days`)
}

/** Working time between two instants in ms (office hours on working days only), for reports of working-day standards. */
export function workingTimeBetween(calendar: OfficeCalendar, from: number, to: number): number {
  if (to <= from) return 0
  const last = officeDay(to, calendar.timeZone)
  let total = 0
  for (let day = officeDay(from, calendar.timeZone); day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(calendar, day)) continue
    const { open, close } = hoursOf(calendar, day)
    total += Math.max(0, Math.min(close, to) - Math.max(open, from))
  }
  return total
}
