import { inArray } from 'drizzle-orm'
import { fixedHolidaysOf } from '../../common/calendar/fixed-holidays'
import type { HolidaySource, HolidayView } from '../../common/holidays'
import { seedLabel } from '../../common/holidays'
import { CENTRAL_ORIGIN } from '../../common/sync-protocol'
import { desks } from '../../db/schema'
import type { CoreContext } from '../context'
import type { HolidayRow } from './holidays'
import { shippedSeeds } from './holidays'

type Row = Pick<HolidayRow, 'id' | 'date' | 'name' | 'kind' | 'originDesk'>

/**
 * A row's source: the decree when the day stands as the shipped seed of its year has it (same
 * date, name and kind), else the office's own entry (an administrator added it, or changed the
 * decree's day), with the desk it was written on.
 */
function sourceOf(ctx: CoreContext, row: Row, codes: ReadonlyMap<string, string>): HolidaySource {
  const seed = shippedSeeds(ctx.resourcesFolder).get(Number(row.date.slice(0, 4)))
  const asDecreed = seed?.holidays.some(
    (h) => h.date === row.date && h.name === row.name && h.kind === row.kind,
  )
  if (seed && asDecreed)
    return { kind: 'decree', label: seedLabel(seed), citation: seed.source, deskCode: null }
  const central = row.originDesk === CENTRAL_ORIGIN
  return {
    kind: 'office',
    label: null,
    citation: null,
    deskCode: central ? null : (codes.get(row.originDesk) ?? null),
  }
}

function deskCodesOf(ctx: CoreContext, rows: readonly Row[]): Map<string, string> {
  const ids = [...new Set(rows.map((r) => r.originDesk).filter((id) => id !== CENTRAL_ORIGIN))]
  if (ids.length === 0) return new Map()
  const found = ctx.db
    .select({ id: desks.id, code: desks.code })
    .from(desks)
    .where(inArray(desks.id, ids))
    .all()
  return new Map(found.map((d) => [d.id, d.code]))
}

/** One stored day off as the holidays screen shows it. */
export function toHolidayView(ctx: CoreContext, row: Row): HolidayView {
  return {
    id: row.id,
    date: row.date,
    name: row.name,
    kind: row.kind,
    fromCentral: row.originDesk === CENTRAL_ORIGIN,
    source: sourceOf(ctx, row, deskCodesOf(ctx, [row])),
  }
}

/**
 * A year's days off as the holidays screen lists them: the stored ones, and for a year asked by
 * number the fixed-date national holidays it has no row for, marked `rule` (id `rule:<date>`): the
 * working-day arithmetic counts them, so the list says so instead of looking empty.
 */
export function holidayViews(ctx: CoreContext, rows: readonly Row[], year?: number): HolidayView[] {
  const codes = deskCodesOf(ctx, rows)
  const views = rows.map((row) => ({
    id: row.id,
    date: row.date,
    name: row.name,
    kind: row.kind,
    fromCentral: row.originDesk === CENTRAL_ORIGIN,
    source: sourceOf(ctx, row, codes),
  }))
  if (year === undefined) return views
  const stored = new Set(rows.map((row) => row.date))
  const byRule: HolidayView[] = fixedHolidaysOf(year)
    .filter((h) => !stored.has(h.date))
    .map((h) => ({
      id: `rule:${h.date}`,
      date: h.date,
      name: h.name,
      kind: 'national',
      fromCentral: false,
      source: { kind: 'rule', label: null, citation: null, deskCode: null },
    }))
  return [...views, ...byRule].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
