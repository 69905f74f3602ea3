import { DEFAULT_WEEK_HOURS } from '../../common/calendar/office-hours'
import type { OfficeCalendar } from '../../common/calendar/working-time'
import { withDefaults } from '../../common/settings'
import type { Db } from '../db'
import { readOfficeSettings } from '../settings/repository'
import { decreeYears, holidayDates } from './holidays'

/**
 * The office's calendar as this desk knows it now: its time zone, the days off it holds, the years
 * whose decree it holds, and the office hours (per weekday, and special periods) a "working day"
 * of a standard time spans.
 */
export function officeCalendar(db: Db): OfficeCalendar {
  const stored = readOfficeSettings(db)
  const settings = stored ? withDefaults(stored) : null
  return {
    timeZone: settings?.timeZone ?? 'Asia/Jakarta',
    holidays: holidayDates(db),
    week: settings?.officeHours ?? DEFAULT_WEEK_HOURS,
    special: settings?.specialHours ?? [],
    decreeYears: decreeYears(db),
  }
}
