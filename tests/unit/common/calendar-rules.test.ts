import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixedHolidayOn, fixedHolidaysOf } from '../../../common/calendar/fixed-holidays'
import { officeDay, officeInstant } from '../../../common/calendar/office-day'
import { DEFAULT_WEEK_HOURS, DayHours, WeekHours, weekdayOf } from '../../../common/calendar/office-hours'
import type { OfficeCalendar, StandardTime } from '../../../common/calendar/working-time'
import {
  DEFAULT_OFFICE_HOURS,
  dueAt,
  isDueProvisional,
  isWorkingDay,
  nextWorkingDay,
  workingTimeBetween,
} from '../../../common/calendar/working-time'
import { missingDecreeYears } from '../../../common/calendar/status'
import { HolidaySeed, seedLabel } from '../../../common/holidays'

const HOUR = 3_600_000
const seed2026 = HolidaySeed.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/holidays/2026.json'), 'utf8')),
)
/** Only the 2026 decree is loaded: 2027 and later know their fixed-date holidays by rule alone. */
const office: OfficeCalendar = {
  timeZone: 'Asia/Jakarta',
  holidays: new Set(seed2026.holidays.map((h) => h.date)),
  ...DEFAULT_OFFICE_HOURS,
  decreeYears: new Set([2026]),
}
const noDecrees: OfficeCalendar = { timeZone: 'Asia/Jakarta', holidays: new Set(), ...DEFAULT_OFFICE_HOURS }

const wib = (day: string, time: string) => officeInstant(day, time, 'Asia/Jakarta')
const days = (value: number): StandardTime => ({ value, unit: 'working_days' })
function local(at: number): string {
  const day = officeDay(at, 'Asia/Jakarta')
  const minutes = Math.round((at - officeInstant(day, '00:00', 'Asia/Jakarta')) / 60_000)
  return `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

describe('fixed-date national holidays, every year by rule (issue 8, fault 1)', () => {
  it('close the year past the shipped decree: the issue’s own cases', () => {
    expect(nextWorkingDay(office, '2026-12-31')).toBe('2027-01-04')
    // Wed 30 Dec 10:00 + 3 working days: Thu 31 Dec, (Fri 1 Jan off), Mon 4 Jan, Tue 5 Jan.
    expect(local(dueAt(office, wib('2026-12-30', '10:00'), days(3)))).toBe('2027-01-05 10:00')
  })

  it('fall on the same dates in any year, on a weekday or not, with no seed at all', () => {
    expect(fixedHolidaysOf(2031).map((h) => h.date)).toEqual([
      '2031-01-01',
      '2031-05-01',
      '2031-06-01',
      '2031-08-17',
      '2031-12-25',
    ])
    expect(fixedHolidayOn('2030-08-17')).toBe('Proklamasi Kemerdekaan Republik Indonesia')
    expect(fixedHolidayOn('2030-08-18')).toBeNull()
    expect(isWorkingDay(noDecrees, '2030-08-17')).toBe(false) // a Saturday anyway
    expect(isWorkingDay(noDecrees, '2029-08-17')).toBe(false) // a Friday
    expect(nextWorkingDay(noDecrees, '2029-08-16')).toBe('2029-08-20')
    expect(isWorkingDay(noDecrees, '2028-06-01')).toBe(false) // Thursday, Hari Lahir Pancasila
    expect(nextWorkingDay(noDecrees, '2028-05-31')).toBe('2028-06-02')
    expect(nextWorkingDay(noDecrees, '2029-04-30')).toBe('2029-05-02') // 1 May 2029 is a Tuesday
    expect(nextWorkingDay(noDecrees, '2030-12-24')).toBe('2030-12-26') // 25 Dec 2030 is a Wednesday
    expect(nextWorkingDay(noDecrees, '2030-12-31')).toBe('2031-01-02') // 1 Jan 2031 is a Wednesday
    expect(isWorkingDay(noDecrees, '2031-03-20')).toBe(true) // Idulfitri 2031 comes only from its decree
  })

  it('move deadlines across every year end', () => {
    expect(local(dueAt(noDecrees, wib('2027-12-31', '10:00'), days(1)))).toBe('2028-01-03 10:00')
    expect(local(dueAt(noDecrees, wib('2029-12-31', '10:00'), days(1)))).toBe('2030-01-02 10:00')
    expect(local(dueAt(noDecrees, wib('2031-12-24', '10:00'), days(2)))).toBe('2031-12-29 10:00')
    expect(local(dueAt(noDecrees, wib('2030-08-16', '09:00'), days(1)))).toBe('2030-08-19 09:00')
  })
})

describe('office hours per weekday', () => {
  it('default to Monday–Thursday 07:30–16:00 and Friday 07:30–16:30', () => {
    expect(DEFAULT_WEEK_HOURS.thu).toEqual({ opens: '07:30', closes: '16:00' })
    expect(DEFAULT_WEEK_HOURS.fri).toEqual({ opens: '07:30', closes: '16:30' })
    expect(DEFAULT_WEEK_HOURS.sat).toBeNull()
    expect(weekdayOf('2026-11-27')).toBe('fri')
    expect(weekdayOf('2026-11-29')).toBe('sun')
  })

  it('move a whole working day to the same wall time, or the day’s closing when it closes first', () => {
    expect(local(dueAt(office, wib('2026-11-26', '10:00'), days(1)))).toBe('2026-11-27 10:00')
    expect(local(dueAt(office, wib('2026-11-27', '10:00'), days(1)))).toBe('2026-11-30 10:00')
    expect(local(dueAt(office, wib('2026-11-27', '16:15'), days(1)))).toBe('2026-11-30 16:00')
    // A start at or before opening counts that day whole.
    expect(local(dueAt(office, wib('2026-11-23', '06:45'), days(1)))).toBe('2026-11-23 16:00')
    expect(local(dueAt(office, wib('2026-11-27', '07:30'), days(1)))).toBe('2026-11-27 16:30')
    expect(local(dueAt(office, wib('2026-11-23', '07:30'), days(2)))).toBe('2026-11-24 16:00')
    // After closing (or on a weekend) it counts from the next opening.
    expect(local(dueAt(office, wib('2026-11-27', '17:00'), days(1)))).toBe('2026-11-30 16:00')
    expect(local(dueAt(office, wib('2026-11-28', '09:00'), days(3)))).toBe('2026-12-02 16:00')
  })

  it('take ½ hari as half the span of the date the half begins on', () => {
    expect(local(dueAt(office, wib('2026-11-23', '07:30'), days(0.5)))).toBe('2026-11-23 11:45') // 4 h 15
    expect(local(dueAt(office, wib('2026-11-27', '07:30'), days(0.5)))).toBe('2026-11-27 12:00') // 4 h 30
    // Friday 14:00: 4 h 30 of which 2 h 30 on Friday, 2 h on Monday.
    expect(local(dueAt(office, wib('2026-11-27', '14:00'), days(0.5)))).toBe('2026-11-30 09:30')
    // 1½ from Thursday 14:00: Friday 14:00, then half of Friday's span.
    expect(local(dueAt(office, wib('2026-11-26', '14:00'), days(1.5)))).toBe('2026-11-30 09:30')
    // At closing the half begins the next morning.
    expect(local(dueAt(office, wib('2026-11-23', '16:00'), days(0.5)))).toBe('2026-11-24 11:45')
  })

  it('count an office’s Saturday when it keeps one', () => {
    const saturday: OfficeCalendar = {
      ...office,
      week: { ...DEFAULT_WEEK_HOURS, sat: { opens: '08:00', closes: '12:00' } },
    }
    expect(isWorkingDay(saturday, '2026-11-28')).toBe(true)
    expect(local(dueAt(saturday, wib('2026-11-27', '10:00'), days(1)))).toBe('2026-11-28 10:00')
    expect(local(dueAt(saturday, wib('2026-11-27', '14:00'), days(1)))).toBe('2026-11-28 12:00')
  })

  it('take a special period’s own hours (jam kerja khusus, e.g. Ramadan)', () => {
    const short = { opens: '08:00', closes: '15:00' }
    const ramadan: OfficeCalendar = {
      ...office,
      special: [
        {
          from: '2026-12-07',
          to: '2026-12-11',
          name: 'Contoh jam khusus',
          hours: {
            ...DEFAULT_WEEK_HOURS,
            mon: short,
            tue: short,
            wed: short,
            thu: short,
            fri: { opens: '08:00', closes: '15:30' },
          },
        },
      ],
    }
    expect(local(dueAt(ramadan, wib('2026-12-07', '08:00'), days(0.5)))).toBe('2026-12-07 11:30')
    expect(local(dueAt(ramadan, wib('2026-12-04', '15:45'), days(1)))).toBe('2026-12-07 15:00')
    expect(local(dueAt(ramadan, wib('2026-12-11', '10:00'), days(1)))).toBe('2026-12-14 10:00')
    expect(workingTimeBetween(ramadan, wib('2026-12-07', '00:00'), wib('2026-12-12', '00:00'))).toBe(
      4 * 7 * HOUR + 7.5 * HOUR,
    )
  })

  it('measure a week by each day’s span', () => {
    expect(workingTimeBetween(office, wib('2026-11-23', '00:00'), wib('2026-11-28', '00:00'))).toBe(
      4 * 8.5 * HOUR + 9 * HOUR,
    )
  })

  it('are validated: HH:mm, opening before closing', () => {
    expect(DayHours.safeParse({ opens: '07:30', closes: '16:00' }).success).toBe(true)
    expect(DayHours.safeParse({ opens: '16:00', closes: '07:30' }).error?.issues[0]?.message).toBe(
      'hours_order',
    )
    expect(DayHours.safeParse({ opens: '7:30', closes: '16:00' }).error?.issues[0]?.message).toBe(
      'time_format',
    )
    expect(DayHours.safeParse({ opens: '07:30', closes: '24:00' }).error?.issues[0]?.message).toBe(
      'time_format',
    )
    expect(WeekHours.safeParse({ ...DEFAULT_WEEK_HOURS, sun: undefined }).success).toBe(false)
  })
})

describe('deadlines past the loaded decree are provisional', () => {
  it('when a working-day span touches a year without its decree', () => {
    const start = wib('2026-12-30', '10:00')
    expect(isDueProvisional(office, start, days(3), dueAt(office, start, days(3)))).toBe(true)
    const november = wib('2026-11-23', '10:00')
    expect(isDueProvisional(office, november, days(3), dueAt(office, november, days(3)))).toBe(false)
    // A deadline in 2027 computed after its decree is loaded is not.
    const loaded = { ...office, decreeYears: new Set([2026, 2027]) }
    expect(isDueProvisional(loaded, start, days(3), dueAt(loaded, start, days(3)))).toBe(false)
  })

  it('never for wall-time standards, nor when years are not tracked', () => {
    const start = wib('2026-12-31', '23:00')
    const minutes: StandardTime = { value: 120, unit: 'minutes' }
    expect(isDueProvisional(office, start, minutes, dueAt(office, start, minutes))).toBe(false)
    expect(isDueProvisional(noDecrees, start, days(1), dueAt(noDecrees, start, days(1)))).toBe(false)
    expect(isDueProvisional(office, start, null, null)).toBe(false)
  })
})

describe('the administrator’s warning and the decree’s short name', () => {
  it('warns of the current year without a decree, and from 1 October of the next one', () => {
    expect(missingDecreeYears('2026-09-30', new Set([2026]))).toEqual([])
    expect(missingDecreeYears('2026-10-01', new Set([2026]))).toEqual([2027])
    expect(missingDecreeYears('2026-12-31', new Set([2026, 2027]))).toEqual([])
    expect(missingDecreeYears('2027-01-04', new Set([2026]))).toEqual([2027])
    expect(missingDecreeYears('2027-11-30', new Set([2026]))).toEqual([2027, 2028])
  })

  it('names a joint decree by its ministers and year, anything else by its year', () => {
    expect(seedLabel(seed2026)).toBe('SKB 3 Menteri 2026')
    expect(
      seedLabel({
        year: 2030,
        source: 'Keputusan Bersama Menteri Agama dan Menteri Ketenagakerjaan Nomor 1 Tahun 2029',
      }),
    ).toBe('SKB 2 Menteri 2030')
    expect(seedLabel({ year: 2030, source: 'Keputusan Presiden Nomor 7 Tahun 2029' })).toBe('Keputusan 2030')
  })
})
