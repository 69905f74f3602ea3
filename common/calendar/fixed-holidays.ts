/**
 * National holidays fixed by date, the same every year, so the calendar knows them for a year
 * whose joint decree (SKB) is not loaded yet. Their legal bases: Keppres 251/1967 jo. Keppres
 * 3/1983 (1 January, 17 August, 25 December), Perpres 24/2013 (1 May, Hari Buruh) and Keppres
 * 24/2016 (1 June, Hari Lahir Pancasila). Holidays of the lunar, lunisolar and Easter calendars
 * (Idulfitri, Nyepi, Waisak, Imlek, Wafat Yesus Kristus, …) and every cuti bersama move from
 * year to year and are known only from that year's decree.
 */
export const FIXED_NATIONAL_HOLIDAYS = [
  { monthDay: '01-01', name: 'Tahun Baru Masehi' },
  { monthDay: '05-01', name: 'Hari Buruh Internasional' },
  { monthDay: '06-01', name: 'Hari Lahir Pancasila' },
  { monthDay: '08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia' },
  { monthDay: '12-25', name: 'Kelahiran Yesus Kristus' },
] as const

const BY_MONTH_DAY = new Map<string, string>(FIXED_NATIONAL_HOLIDAYS.map((h) => [h.monthDay, h.name]))

/** The fixed-date national holiday on an office date 'YYYY-MM-DD', by name; null when there is none. */
export function fixedHolidayOn(day: string): string | null {
  return BY_MONTH_DAY.get(day.slice(5)) ?? null
}

/** A year's fixed-date national holidays as office dates, in date order. */
export function fixedHolidaysOf(year: number): { date: string; name: string }[] {
  const yyyy = String(year).padStart(4, '0')
  return FIXED_NATIONAL_HOLIDAYS.map((h) => ({ date: `${yyyy}-${h.monthDay}`, name: h.name }))
}
