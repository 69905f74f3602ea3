import { z } from 'zod'
import { fixedHolidayOn } from './fixed-holidays'
import type { DayHours, SpecialHours, WeekHours } from './office-hours'
import { DEFAULT_WEEK_HOURS, weekHoursOn } from './office-hours'
import { officeDay, officeInstant } from './office-day'

export interface OfficeCalendar {
  timeZone: string
  /**
   * Office-local dates off from the decree and the office: the moving national holidays, cuti
   * bersama and local days. The fixed-date national holidays (fixed-holidays.ts) are off by rule in
   * every year whether listed or not; a weekday the office keeps no hours is off too.
   */
  holidays: ReadonlySet<string>
  /** Office hours per weekday, local 'HH:mm'; a "working day" of a standard time is one date's span. */
  week: WeekHours
  /** Date ranges with their own week of hours (Ramadan). */
  special?: readonly SpecialHours[]
  /**
   * The years whose holidays and cuti bersama are loaded from the decree. Absent: not tracked (all
   * years count as known). A working-day deadline that crosses any other year is provisional.
   */
  decreeYears?: ReadonlySet<number>
}

/** The default week (office-hours.ts), shaped to spread into an OfficeCalendar. */
export const DEFAULT_OFFICE_HOURS: Pick<OfficeCalendar, 'week'> = { week: DEFAULT_WEEK_HOURS }

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
 * or no weekday with hours) is a configuration error and must not hang the desk in an endless loop.
 */
const MAX_DAYS_SCANNED = 3_660

/** Calendar arithmetic on plain dates; the time zone does not matter to which date follows which. */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The hours the office keeps on a date by its week (special periods first), null when closed. */
export function hoursOn(calendar: OfficeCalendar, day: string): DayHours | null {
  return weekHoursOn(calendar.week, calendar.special, day)
}

/**
 * A day the office keeps hours on (by default Monday to Friday) that is neither a fixed-date
 * national holiday nor a listed holiday or cuti bersama (PRODUCT.md "Working days").
 */
export function isWorkingDay(calendar: OfficeCalendar, day: string): boolean {
  return hoursOn(calendar, day) !== null && !calendar.holidays.has(day) && fixedHolidayOn(day) === null
}

/** The first working day strictly after `day` ('YYYY-MM-DD'); RangeError when none within ten years. */
export function nextWorkingDay(calendar: OfficeCalendar, day: string): string {
  let next = day
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    next = addDays(next, 1)
    if (isWorkingDay(calendar, next)) return next
  }
  throw new RangeError(`nextWorkingDay: no working day within ${MAX_DAYS_SCANNED} days after ${day}`)
}

/** Office hours of a working date as instants, so a zone's offset is applied on that very date. */
function spanOf(calendar: OfficeCalendar, day: string): { open: number; close: number } {
  const hours = hoursOn(calendar, day)
  if (!hours) throw new RangeError(`no office hours on ${day}`)
  const open = officeInstant(day, hours.opens, calendar.timeZone)
  const close = officeInstant(day, hours.closes, calendar.timeZone)
  if (close <= open)
    throw new RangeError(`office hours must open before they close, got ${hours.opens}–${hours.closes}`)
  return { open, close }
}

/** The first working day on or after `day`. */
function workingDayFrom(calendar: OfficeCalendar, day: string): string {
  return isWorkingDay(calendar, day) ? day : nextWorkingDay(calendar, day)
}

/**
 * When a step that started at `start` (ms UTC) is due, in ms UTC. Minutes and hours are wall time
 * (the SOP's minutes run at the counter while the visitor waits, and a 2-hour check runs on
 * whatever clock the officer keeps). Working days (PRODUCT.md "Standard times"), with hours that
 * may differ from day to day:
 *  - a start outside office hours counts from the next opening;
 *  - a whole working day is a date: N working days after Wednesday 10:00 is the same wall time N
 *    working days later, or that day's closing when it closes earlier (Friday 16:15 + 1 → Monday
 *    16:00 at 07:30–16:00) and its opening when it opens later; a start at the very opening counts
 *    that day whole (Monday 07:30 + 1 → Monday at closing);
 *  - a fraction is that share of the span of the date it begins on (½ hari on a Friday of
 *    07:30–16:30 is 4 h 30 min, on a Monday of 07:30–16:00 4 h 15 min), counted in office hours,
 *    running over into the next working day when the date closes first.
 * A standard that ends exactly at closing time is due at closing, not at the next opening.
 * Throws RangeError for a calendar without a working day within ten years.
 */
export function dueAt(calendar: OfficeCalendar, start: number, standard: StandardTime): number {
  switch (standard.unit) {
    case 'minutes':
      return start + Math.round(standard.value * MINUTE)
    case 'hours':
      return start + Math.round(standard.value * HOUR)
    case 'working_days':
      return addWorkingDays(calendar, start, standard.value)
  }
}

function addWorkingDays(calendar: OfficeCalendar, start: number, days: number): number {
  const whole = Math.floor(days)
  const fraction = days - whole
  // Where counting begins: the start, or the next opening when the office is not open then.
  let day = workingDayFrom(calendar, officeDay(start, calendar.timeZone))
  if (start >= spanOf(calendar, day).close) day = nextWorkingDay(calendar, day)
  let position = Math.max(start, spanOf(calendar, day).open)
  const open = spanOf(calendar, day).open
  if (whole > 0) {
    if (position === open) {
      // Opening to closing is one whole working day: the first of them is this date itself.
      for (let i = 1; i < whole; i++) day = nextWorkingDay(calendar, day)
      position = spanOf(calendar, day).close
    } else {
      const wall = wallTime(position, calendar.timeZone)
      for (let i = 0; i < whole; i++) day = nextWorkingDay(calendar, day)
      const target = spanOf(calendar, day)
      const at = officeInstant(day, wall, calendar.timeZone) + (position % MINUTE)
      position = Math.min(Math.max(at, target.open), target.close)
    }
  }
  if (fraction === 0) return position
  return addOfficeTime(calendar, day, position, fraction)
}

/** Adds `fraction` of a working day's span, measured on the date the fraction begins on. */
function addOfficeTime(calendar: OfficeCalendar, day: string, position: number, fraction: number): number {
  let current = day
  let span = spanOf(calendar, current)
  if (position >= span.close) {
    current = nextWorkingDay(calendar, current)
    span = spanOf(calendar, current)
  }
  let remaining = Math.round(fraction * (span.close - span.open))
  let from = Math.max(position, span.open)
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    if (remaining <= span.close - from) return from + remaining
    remaining -= span.close - from
    current = nextWorkingDay(calendar, current)
    span = spanOf(calendar, current)
    from = span.open
  }
  throw new RangeError(`dueAt: no working day within ${MAX_DAYS_SCANNED} days`)
}

/** The office-local 'HH:mm' of an instant. */
function wallTime(at: number, timeZone: string): string {
  const day = officeDay(at, timeZone)
  const minutes = Math.floor((at - officeInstant(day, '00:00', timeZone)) / MINUTE)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Working time between two instants in ms (office hours on working days only), for reports of working-day standards. */
export function workingTimeBetween(calendar: OfficeCalendar, from: number, to: number): number {
  if (to <= from) return 0
  const last = officeDay(to, calendar.timeZone)
  let total = 0
  for (let day = officeDay(from, calendar.timeZone); day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(calendar, day)) continue
    const { open, close } = spanOf(calendar, day)
    total += Math.max(0, Math.min(close, to) - Math.max(open, from))
  }
  return total
}

/** The calendar year of an office date or instant. */
function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

/** Whether a year's decree (moving holidays and cuti bersama) is loaded; true when not tracked. */
export function hasDecree(calendar: OfficeCalendar, year: number): boolean {
  return calendar.decreeYears === undefined || calendar.decreeYears.has(year)
}

/**
 * Whether a deadline (ms UTC) computed from `start` by `standard` rests on a year whose decree is
 * not loaded, so only the weekends and fixed-date holidays of that year were counted. Wall-time
 * standards (minutes, hours) never depend on the calendar.
 */
export function isDueProvisional(
  calendar: OfficeCalendar,
  start: number,
  standard: StandardTime | null,
  due: number | null,
): boolean {
  if (!standard || due === null || standard.unit !== 'working_days') return false
  const first = yearOf(officeDay(start, calendar.timeZone))
  const last = yearOf(officeDay(due, calendar.timeZone))
  for (let year = first; year <= last; year++) if (!hasDecree(calendar, year)) return true
  return false
}
