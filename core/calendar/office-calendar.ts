import type { OfficeCalendar } from '../../common/calendar/working-time'
import { DEFAULT_OFFICE_HOURS } from '../../common/calendar/working-time'
import type { Db } from '../db'
import { readOfficeSettings } from '../settings/repository'
import { holidayDates } from './holidays'

/**
 * The office's calendar as this desk knows it now: its time zone, the days off it holds and the
 * office hours a "working day" of a standard time spans.
 */
export function officeCalendar(db: Db): OfficeCalendar {
  return {
    timeZone: readOfficeSettings(db)?.timeZone ?? 'Asia/Jakarta',
    holidays: holidayDates(db),
    ...DEFAULT_OFFICE_HOURS,
  }
}
