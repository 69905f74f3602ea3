import { DEFAULT_WEEK_HOURS } from '../../common/calendar/office-hours'
import type { OfficeCalendar } from '../../common/calendar/working-time'
import type { OfficeTimeZone } from '../../common/settings'
import { withDefaults } from '../../common/settings'
import type { Db } from '../db'
import { readOfficeSettings, readOfficeTimeZone } from '../settings/repository'
import { decreeYears, holidayDates } from './holidays'

const DEFAULT_TIME_ZONE: OfficeTimeZone = 'Asia/Jakarta'

/** The office's time zone (IANA), Asia/Jakarta until setup has stored one. */
export function officeTimeZone(db: Db): OfficeTimeZone {
  return readOfficeTimeZone(db) ?? DEFAULT_TIME_ZONE
}

/**
 * The office's calendar as this desk knows it now: its time zone, the days off it holds, the years
 * whose decree it holds, and the office hours (per weekday, and special periods) a "working day"
 * of a standard time spans.
 */
export function officeCalendar(db: Db): OfficeCalendar {
  const stored = readOfficeSettings(db)
  const settings = stored ? withDefaults(stored) : null
  return {
    timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE,
    holidays: holidayDates(db),
    week: settings?.officeHours ?? DEFAULT_WEEK_HOURS,
    special: settings?.specialHours ?? [],
    decreeYears: decreeYears(db),
  }
}
