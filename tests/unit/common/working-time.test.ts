import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { officeDay, officeInstant } from '../../../common/calendar/office-day'
import type { OfficeCalendar, StandardTime as StandardTimeType } from '../../../common/calendar/working-time'
import type { WeekHours } from '../../../common/calendar/office-hours'
import {
  StandardTime,
  dueAt,
  isWorkingDay,
  nextWorkingDay,
  workingTimeBetween,
} from '../../../common/calendar/working-time'
import { HolidaySeed } from '../../../common/holidays'

const HOUR = 3_600_000
const seed = HolidaySeed.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/holidays/2026.json'), 'utf8')),
)
/** The 2026 decree, plus New Year 2027 (its decree is not in resources yet). */
const holidays = new Set([...seed.holidays.map((h) => h.date), '2027-01-01'])

/** The same hours every weekday, as these cases were written for (per-weekday hours: calendar-rules.test.ts). */
function uniformWeek(opens: string, closes: string): WeekHours {
  const day = { opens, closes }
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: null, sun: null }
}
const jakarta: OfficeCalendar = { timeZone: 'Asia/Jakarta', holidays, week: uniformWeek('08:00', '16:00') }
const jayapura: OfficeCalendar = { ...jakarta, timeZone: 'Asia/Jayapura' }

const wib = (day: string, time: string) => officeInstant(day, time, 'Asia/Jakarta')
const days = (value: number): StandardTimeType => ({ value, unit: 'working_days' })
/** Reads a due instant back as office-local 'YYYY-MM-DD HH:mm' (WIB unless told). */
function local(at: number, timeZone = 'Asia/Jakarta'): string {
  const day = officeDay(at, timeZone)
  const minutes = Math.round((at - officeInstant(day, '00:00', timeZone)) / 60_000)
  return `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

describe('office days', () => {
  it('are office-local dates', () => {
    // 17:30 UTC is 00:30 WIB the next day, and 02:30 WIT.
    const at = Date.UTC(2026, 10, 22, 17, 30)
    expect(officeDay(at, 'Asia/Jakarta')).toBe('2026-11-23')
    expect(officeDay(at, 'Asia/Jayapura')).toBe('2026-11-23')
    expect(officeDay(Date.UTC(2026, 10, 22, 16, 0), 'Asia/Jakarta')).toBe('2026-11-22') // 23:00 WIB
    expect(officeDay(Date.UTC(2026, 10, 22, 16, 0), 'Asia/Jayapura')).toBe('2026-11-23') // 01:00 WIT
    expect(officeInstant('2026-11-23', '08:00', 'Asia/Jakarta')).toBe(Date.UTC(2026, 10, 23, 1, 0))
    expect(officeInstant('2026-11-23', '08:00', 'Asia/Makassar')).toBe(Date.UTC(2026, 10, 23, 0, 0))
    expect(officeInstant('2026-11-23', '08:00', 'Asia/Jayapura')).toBe(Date.UTC(2026, 10, 22, 23, 0))
  })

  it('refuse a date, time or zone that does not exist', () => {
    expect(() => officeInstant('2026-02-30', '08:00', 'Asia/Jakarta')).toThrow(RangeError)
    expect(() => officeInstant('2026-11-23', '24:00', 'Asia/Jakarta')).toThrow(RangeError)
    expect(() => officeInstant('2026-11-23', '08:00', 'Asia/Atlantis')).toThrow(RangeError)
  })
})

describe('working days', () => {
  it('are Monday to Friday', () => {
    expect(isWorkingDay(jakarta, '2026-11-23')).toBe(true) // Monday
    expect(isWorkingDay(jakarta, '2026-11-27')).toBe(true) // Friday
    expect(isWorkingDay(jakarta, '2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay(jakarta, '2026-11-29')).toBe(false) // Sunday
    expect(nextWorkingDay(jakarta, '2026-11-27')).toBe('2026-11-30')
  })

  it('skip national holidays and cuti bersama: Nyepi and Idulfitri, 18–24 March 2026', () => {
    for (const day of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) {
      expect(isWorkingDay(jakarta, day)).toBe(false)
    }
    expect(isWorkingDay(jakarta, '2026-03-17')).toBe(true)
    expect(nextWorkingDay(jakarta, '2026-03-17')).toBe('2026-03-25')
    // The same week in a calendar without holidays has its weekdays back.
    expect(isWorkingDay({ ...jakarta, holidays: new Set() }, '2026-03-18')).toBe(true)
  })

  it('cross the year end', () => {
    expect(nextWorkingDay(jakarta, '2026-12-23')).toBe('2026-12-28')
    expect(nextWorkingDay(jakarta, '2026-12-31')).toBe('2027-01-04')
  })
})

describe('dueAt', () => {
  it('counts N working days after Monday 10:00 to Thursday 10:00', () => {
    expect(local(dueAt(jakarta, wib('2026-11-23', '10:00'), days(3)))).toBe('2026-11-26 10:00')
    expect(local(dueAt(jakarta, wib('2026-11-23', '10:00'), days(1)))).toBe('2026-11-24 10:00')
  })

  it('jumps the weekend and the holidays (LAPOR!: 3 working days from the Tuesday before Idulfitri)', () => {
    expect(local(dueAt(jakarta, wib('2026-11-27', '14:00'), days(1)))).toBe('2026-11-30 14:00')
    expect(local(dueAt(jakarta, wib('2026-03-17', '10:00'), days(1)))).toBe('2026-03-25 10:00')
    expect(local(dueAt(jakarta, wib('2026-03-17', '10:00'), days(3)))).toBe('2026-03-27 10:00')
  })

  it('crosses the year end: 24–25 December off, the weekend, New Year 2027 off', () => {
    // Wed 23 Dec 10:00: 6 h that day, Mon 28–Thu 31 (32 h), Mon 4 Jan (8 h) = 46 h; 2 h more on Tue 5 Jan.
    expect(local(dueAt(jakarta, wib('2026-12-23', '10:00'), days(6)))).toBe('2027-01-05 10:00')
    expect(local(dueAt(jakarta, wib('2026-12-23', '10:00'), days(1)))).toBe('2026-12-28 10:00')
    expect(local(dueAt(jakarta, wib('2026-12-31', '16:00'), days(0.5)))).toBe('2027-01-04 12:00')
  })

  it('counts fractional working days as parts of the office-hours span', () => {
    expect(local(dueAt(jakarta, wib('2026-11-23', '08:00'), days(0.5)))).toBe('2026-11-23 12:00') // ½ hari
    expect(local(dueAt(jakarta, wib('2026-11-23', '14:00'), days(0.5)))).toBe('2026-11-24 10:00')
    expect(local(dueAt(jakarta, wib('2026-11-23', '08:00'), days(1.5)))).toBe('2026-11-24 12:00')
    expect(local(dueAt(jakarta, wib('2026-11-23', '08:00'), days(0.25)))).toBe('2026-11-23 10:00')
  })

  it('counts a start outside office hours from the next opening', () => {
    expect(local(dueAt(jakarta, wib('2026-11-23', '06:30'), days(1)))).toBe('2026-11-23 16:00')
    expect(local(dueAt(jakarta, wib('2026-11-23', '17:00'), days(0.5)))).toBe('2026-11-24 12:00')
    expect(local(dueAt(jakarta, wib('2026-11-23', '16:00'), days(0.5)))).toBe('2026-11-24 12:00') // at closing
    expect(local(dueAt(jakarta, wib('2026-11-28', '09:00'), days(1)))).toBe('2026-11-30 16:00') // a Saturday
    expect(local(dueAt(jakarta, wib('2026-03-21', '09:00'), days(0.5)))).toBe('2026-03-25 12:00') // Idulfitri
  })

  it('follows the office’s own zone: the same instant is 08:00 WIB but 10:00 WIT', () => {
    const start = Date.UTC(2026, 10, 23, 1, 0)
    expect(local(dueAt(jakarta, start, days(1)))).toBe('2026-11-23 16:00')
    expect(local(dueAt(jayapura, start, days(1)), 'Asia/Jayapura')).toBe('2026-11-24 10:00')
    // Sunday 23:00 WIB is already Monday 01:00 in Jayapura: both offices count from Monday 08:00 local.
    const lateSunday = Date.UTC(2026, 10, 22, 16, 0)
    expect(local(dueAt(jakarta, lateSunday, days(0.5)))).toBe('2026-11-23 12:00')
    expect(local(dueAt(jayapura, lateSunday, days(0.5)), 'Asia/Jayapura')).toBe('2026-11-23 12:00')
    expect(dueAt(jayapura, lateSunday, days(0.5))).toBe(dueAt(jakarta, lateSunday, days(0.5)) - 2 * HOUR)
  })

  it('runs minute and hour standards on wall time, nights, weekends and holidays included', () => {
    const fridayLate = wib('2026-11-27', '15:30')
    expect(local(dueAt(jakarta, fridayLate, { value: 20, unit: 'minutes' }))).toBe('2026-11-27 15:50')
    expect(local(dueAt(jakarta, fridayLate, { value: 2, unit: 'hours' }))).toBe('2026-11-27 17:30')
    expect(local(dueAt(jakarta, fridayLate, { value: 60, unit: 'minutes' }))).toBe('2026-11-27 16:30')
    expect(local(dueAt(jakarta, wib('2026-03-19', '23:50'), { value: 45, unit: 'minutes' }))).toBe(
      '2026-03-20 00:35',
    )
    expect(dueAt(jakarta, 0, { value: 0.5, unit: 'hours' })).toBe(HOUR / 2)
  })

  it('refuses office hours that close before they open instead of looping', () => {
    const broken = { ...jakarta, week: uniformWeek('16:00', '08:00') }
    expect(() => dueAt(broken, wib('2026-11-23', '10:00'), days(1))).toThrow(RangeError)
  })
})

describe('workingTimeBetween', () => {
  it('counts office hours on working days only', () => {
    expect(workingTimeBetween(jakarta, wib('2026-11-23', '10:00'), wib('2026-11-26', '10:00'))).toBe(
      24 * HOUR,
    )
    expect(workingTimeBetween(jakarta, wib('2026-11-27', '15:00'), wib('2026-11-30', '09:00'))).toBe(2 * HOUR)
    expect(workingTimeBetween(jakarta, wib('2026-11-23', '17:00'), wib('2026-11-24', '07:00'))).toBe(0)
    expect(workingTimeBetween(jakarta, wib('2026-03-17', '15:00'), wib('2026-03-25', '09:00'))).toBe(2 * HOUR)
    expect(workingTimeBetween(jakarta, wib('2026-11-24', '10:00'), wib('2026-11-23', '10:00'))).toBe(0)
  })

  it('measures back exactly the working time dueAt added, from any start', () => {
    const starts = [
      wib('2026-11-23', '10:00'),
      wib('2026-12-23', '15:59'),
      wib('2026-03-17', '07:00'),
      wib('2026-05-13', '12:34'),
      Date.UTC(2026, 7, 16, 20, 0),
    ]
    for (const start of starts) {
      for (const value of [0.5, 1, 3, 10]) {
        const due = dueAt(jakarta, start, days(value))
        expect(workingTimeBetween(jakarta, start, due)).toBe(value * 8 * HOUR)
      }
    }
  })
})

describe('StandardTime', () => {
  it('takes a positive value and one of the three units', () => {
    expect(StandardTime.parse({ value: 0.5, unit: 'working_days' })).toEqual({
      value: 0.5,
      unit: 'working_days',
    })
    expect(StandardTime.safeParse({ value: 0, unit: 'minutes' }).success).toBe(false)
    expect(StandardTime.safeParse({ value: 3, unit: 'days' }).success).toBe(false)
  })
})
