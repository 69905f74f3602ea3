import { useInterval } from '@mantine/hooks'
import { useEffect, useMemo, useState } from 'react'
import { officeDay } from '../../../../../common/calendar/office-day'
import type { OfficeCalendar } from '../../../../../common/calendar/working-time'
import { DEFAULT_OFFICE_HOURS } from '../../../../../common/calendar/working-time'
import { useCoreQuery } from '../../../api/queries'

/** How often "now" moves on for the checks against the future (a minute's precision is all the inputs have). */
const CLOCK_MS = 20_000

/**
 * "Now" for the checks against the future (it moves on by itself, and `setNow` at a save), and the
 * office calendar the standards in working days are counted on: the office's time zone and hours,
 * and the days off of this year and the last.
 */
export function useLateCalendar(zone: string) {
  const [now, setNow] = useState(() => Date.now())
  const clock = useInterval(() => setNow(Date.now()), CLOCK_MS)
  useEffect(() => {
    clock.start()
    return clock.stop
  }, [clock])
  const today = officeDay(now, zone)

  const year = Number(today.slice(0, 4))
  // Asked again when the calendar changes (a day off saved here or arriving by sync). Without the
  // days off, only the overrun hint of working-day steps is less exact; the core decides.
  const lastYear = useCoreQuery('holidays.list', { year: year - 1 }).data
  const thisYear = useCoreQuery('holidays.list', { year }).data
  const calendar: OfficeCalendar = useMemo(
    () => ({
      timeZone: zone,
      holidays: new Set([...(lastYear ?? []), ...(thisYear ?? [])].map((day) => day.date)),
      ...DEFAULT_OFFICE_HOURS,
    }),
    [zone, lastYear, thisYear],
  )
  return { now, setNow, calendar }
}
