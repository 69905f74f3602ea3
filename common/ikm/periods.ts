import { format, getDaysInMonth } from 'date-fns'
import { enUS, id as indonesian } from 'date-fns/locale'
import { z } from 'zod'
import { IsoDate } from '../holidays'
import type { Locale } from '../localized'

/**
 * The periods an IKM is reported over. Offices publish their SKM results monthly, per triwulan
 * (quarter), per semester or yearly, so all four are offered; each is a plain span of
 * office-local dates, the form answer sheets and visits store their office day in.
 */
export const IKM_PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const
export const IkmPeriodKind = z.enum(IKM_PERIOD_KINDS)
export type IkmPeriodKind = z.infer<typeof IkmPeriodKind>

/** How many calendar months one period of each kind spans. */
const MONTHS: Record<IkmPeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 }

/** How many periods of `kind` a calendar year holds (12, 4, 2, 1): the largest valid `index`. */
export function periodsPerYear(kind: IkmPeriodKind): number {
  return 12 / MONTHS[kind]
}

const FIRST_YEAR = 2000
const LAST_YEAR = 2100

/**
 * One report period: `index` counts from 1 within `year` (month 1–12, quarter 1–4, semester 1–2,
 * and 1 for the year itself). The year is bounded so a period always has a four-digit date.
 */
export const IkmPeriod = z
  .object({
    kind: IkmPeriodKind,
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
    index: z.number().int().min(1),
  })
  .refine((p) => p.index <= periodsPerYear(p.kind), { path: ['index'], message: 'index_out_of_range' })
export type IkmPeriod = z.infer<typeof IkmPeriod>

const pad = (n: number) => String(n).padStart(2, '0')

/** The first calendar month (1–12) of a period. */
function firstMonth(p: IkmPeriod): number {
  return (p.index - 1) * MONTHS[p.kind] + 1
}

/**
 * Takes a period and gives its first and last office-local dates, both inclusive, as
 * 'YYYY-MM-DD' (the form visits and answer sheets store their office day in, so a range query
 * compares strings). Throws a ZodError when the period is not valid.
 */
export function periodRange(period: IkmPeriod): { first: string; last: string } {
  const p = IkmPeriod.parse(period)
  const start = firstMonth(p)
  const end = start + MONTHS[p.kind] - 1
  // Only the number of days of a month is asked of the Date, which no time zone changes.
  const days = getDaysInMonth(new Date(p.year, end - 1, 1))
  return { first: `${p.year}-${pad(start)}-01`, last: `${p.year}-${pad(end)}-${pad(days)}` }
}

/** A period as a running count (year × periods a year + index − 1), so stepping back is a subtraction. */
function ordinal(p: IkmPeriod): number {
  return p.year * periodsPerYear(p.kind) + p.index - 1
}

function fromOrdinal(kind: IkmPeriodKind, n: number): IkmPeriod {
  const per = periodsPerYear(kind)
  return { kind, year: Math.floor(n / per), index: (n % per) + 1 }
}

/**
 * Takes a period and a count `n` (≥ 0) and gives the `n` periods of the same kind just before it,
 * the newest first (the trend of a report). Fewer come back when they would reach before the year
 * 2000, where no period exists. Throws a ZodError on an invalid period, a RangeError on a
 * negative or fractional `n`.
 */
export function previousPeriods(period: IkmPeriod, n: number): IkmPeriod[] {
  const p = IkmPeriod.parse(period)
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`previousPeriods: n must be a whole number ≥ 0, got ${n}`)
  const at = ordinal(p)
  const out: IkmPeriod[] = []
  for (let back = 1; back <= n; back++) {
    const before = fromOrdinal(p.kind, at - back)
    if (before.year < FIRST_YEAR) break
    out.push(before)
  }
  return out
}

/**
 * Takes a kind and an office-local date 'YYYY-MM-DD' and gives the period of that kind the date
 * falls in. Throws a RangeError on a malformed or impossible date, or a year outside 2000–2100.
 */
export function periodOfDay(kind: IkmPeriodKind, day: string): IkmPeriod {
  if (!IsoDate.safeParse(day).success) throw new RangeError(`periodOfDay: not a date 'YYYY-MM-DD': "${day}"`)
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const found = IkmPeriod.safeParse({ kind, year, index: Math.ceil(month / MONTHS[kind]) })
  if (!found.success)
    throw new RangeError(`periodOfDay: ${day} is outside the years ${FIRST_YEAR}–${LAST_YEAR}`)
  return found.data
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const

/**
 * Takes a period and a language and gives its name as a report heads it: Indonesian `Januari 2026`,
 * `Triwulan I 2026`, `Semester II 2026`, `Tahun 2026` (the words of Indonesian government
 * reports); English `January 2026`, `Q1 2026`, `H2 2026`, `Year 2026`. Throws a ZodError on an
 * invalid period.
 */
export function periodLabel(period: IkmPeriod, lang: Locale): string {
  const p = IkmPeriod.parse(period)
  switch (p.kind) {
    case 'month':
      return format(new Date(p.year, p.index - 1, 1), 'MMMM yyyy', {
        locale: lang === 'id' ? indonesian : enUS,
      })
    case 'quarter':
      return lang === 'id' ? `Triwulan ${ROMAN[p.index - 1]} ${p.year}` : `Q${p.index} ${p.year}`
    case 'semester':
      return lang === 'id' ? `Semester ${ROMAN[p.index - 1]} ${p.year}` : `H${p.index} ${p.year}`
    case 'year':
      return lang === 'id' ? `Tahun ${p.year}` : `Year ${p.year}`
  }
}

/** What an IKM report is asked for: a period, and one service (a procedure's id) or the whole office (null). */
export const IkmInput = z.object({
  period: IkmPeriod,
  procedureId: z.string().min(1).max(64).nullable(),
})
export type IkmInput = z.infer<typeof IkmInput>
