import { z } from 'zod'

/**
 * What the desk knows of its holiday calendar, for the administrator's warning on the home and
 * holidays screens (issue 8, fault 1): the office-local today, the years whose decree (moving
 * holidays and cuti bersama) is loaded, and the years to warn about — the current year when it has
 * no decree, and from 1 October the next one when it has none, so the office loads it in time.
 */
export const CalendarStatus = z.object({
  today: z.string(),
  decreeYears: z.array(z.number().int()),
  missingYears: z.array(z.number().int()),
})
export type CalendarStatus = z.infer<typeof CalendarStatus>

/** From this office-local month and day on, the next year's decree is due ('MM-DD'). */
export const NEXT_YEAR_WARNING_FROM = '10-01'

/**
 * The years to warn about on office date `today` ('YYYY-MM-DD'), given the years whose decree is
 * loaded. The joint decree of year Y+1 is usually signed in September or October of year Y.
 */
export function missingDecreeYears(today: string, decreeYears: ReadonlySet<number>): number[] {
  const year = Number(today.slice(0, 4))
  const wanted = today.slice(5) >= NEXT_YEAR_WARNING_FROM ? [year, year + 1] : [year]
  return wanted.filter((y) => !decreeYears.has(y))
}
