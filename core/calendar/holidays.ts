import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm'
import { fixedHolidayOn } from '../../common/calendar/fixed-holidays'
import type { HolidayInput, HolidaySeed } from '../../common/holidays'
import { HolidaySeed as HolidaySeedSchema, holidayRowId } from '../../common/holidays'
import { holidays } from '../../db/schema'
import type { Db } from '../db'
import { isEnrolled, readMeta } from '../meta/local-meta'
import { nextStamp } from '../sync/stamp'
import { writeSyncedRow } from '../sync/write'

export type HolidayRow = typeof holidays.$inferSelect

/** The shipped calendars (resources/holidays/<year>.json), from the joint decree of each year. */
export function readHolidaySeeds(resourcesFolder: string): HolidaySeed[] {
  const folder = join(resourcesFolder, 'holidays')
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .map((name) => HolidaySeedSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))))
}

const seedCache = new Map<string, ReadonlyMap<number, HolidaySeed>>()

/** The shipped seeds by year, read once per resources folder (they change only with the app). */
export function shippedSeeds(resourcesFolder: string): ReadonlyMap<number, HolidaySeed> {
  let seeds = seedCache.get(resourcesFolder)
  if (!seeds) {
    seeds = new Map(readHolidaySeeds(resourcesFolder).map((seed) => [seed.year, seed]))
    seedCache.set(resourcesFolder, seeds)
  }
  return seeds
}

function officeId(db: Db): string {
  const id = readMeta(db, 'office_id')
  if (!id) throw new Error('the office calendar is written before the desk has an office')
  return id
}

export function listHolidays(db: Db, year?: number): HolidayRow[] {
  const range = year
    ? and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`))
    : undefined
  return db
    .select()
    .from(holidays)
    .where(and(isNull(holidays.deletedAt), range))
    .orderBy(asc(holidays.date))
    .all()
}

/**
 * The years whose decree is loaded: those holding a national holiday or cuti bersama on a date
 * other than the fixed-date ones. Only the joint decree names the moving days, so such a row comes
 * from the shipped seed, the central server's import of it, or an administrator who entered the
 * decree's days by hand; the fixed-date holidays alone (known by rule) say nothing of the decree.
 */
export function decreeYears(db: Db): Set<number> {
  const rows = db
    .select({ date: holidays.date })
    .from(holidays)
    .where(and(isNull(holidays.deletedAt), inArray(holidays.kind, ['national', 'cuti_bersama'])))
    .all()
  return new Set(
    rows.filter((row) => fixedHolidayOn(row.date) === null).map((row) => Number(row.date.slice(0, 4))),
  )
}

/** The dates off of the office calendar, for working-day arithmetic. */
export function holidayDates(db: Db): Set<string> {
  const rows = db.select({ date: holidays.date }).from(holidays).where(isNull(holidays.deletedAt)).all()
  return new Set(rows.map((row) => row.date))
}

/** Adds or changes a day off; the row id comes from office and date, so desks meet on one row. */
export function saveHoliday(db: Db, input: HolidayInput, now: number): HolidayRow {
  const row: HolidayRow = {
    id: holidayRowId(officeId(db), input.date),
    ...nextStamp(db, now),
    deletedAt: null,
    ...input,
  }
  writeSyncedRow(db, holidays, row, now)
  return row
}

/** A tombstone, so the removal reaches the other desks and wins over older writes of the day. */
export function removeHoliday(db: Db, date: string, now: number): boolean {
  const existing = db
    .select()
    .from(holidays)
    .where(and(eq(holidays.id, holidayRowId(officeId(db), date)), isNull(holidays.deletedAt)))
    .get()
  if (!existing) return false
  writeSyncedRow(db, holidays, { ...existing, ...nextStamp(db, now), deletedAt: now }, now)
  return true
}

/**
 * A stand-alone desk has no central server to send it the calendar: it starts with the shipped
 * years. Enrolled desks get the same rows (same ids) from the server instead.
 */
export function seedHolidays(db: Db, seeds: readonly HolidaySeed[], now: number): number {
  let written = 0
  for (const seed of seeds) {
    for (const holiday of seed.holidays) {
      const id = holidayRowId(officeId(db), holiday.date)
      if (db.select({ id: holidays.id }).from(holidays).where(eq(holidays.id, id)).get()) continue
      saveHoliday(db, holiday, now)
      written += 1
    }
  }
  return written
}

/**
 * At every start of a stand-alone desk set up before this version: the shipped years it has no
 * rows of yet, so an update that brings next year's decree (resources/holidays/2027.json) reaches
 * a desk set up with 2026 only. A day the desk already holds, removed or changed, stays as the
 * administrator left it (seedHolidays skips a row id it has, tombstones included). Enrolled desks
 * get the calendar from the central server (`holidays import`). Returns the rows written.
 */
export function seedShippedYears(db: Db, resourcesFolder: string, now: number): number {
  if (readMeta(db, 'office_id') === null || readMeta(db, 'desk_id') === null) return 0
  if (isEnrolled(db)) return 0
  const seeds = [...shippedSeeds(resourcesFolder).values()]
  return db.transaction((tx) => seedHolidays(tx, seeds, now), { behavior: 'immediate' })
}
