import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { asc, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { HolidayKind as HolidayKindType } from '../../common/holidays'
import { HolidayInput, HolidayKind, HolidaySeed, IsoDate, holidayRowId } from '../../common/holidays'
import type { ServerDb } from '../database'
import { offices, rows } from '../schema'
import type { Tx } from '../database'
import { lockOfficeLog } from '../sync/push'
import type { CentralRow } from './central-rows'
import {
  CENTRAL,
  STANDING,
  officeTable,
  requireOffice,
  writeCentralRow,
  writeCentralRowLocked,
} from './central-rows'
import { AdminError } from './errors'

/**
 * The office calendar's days off, distributed by the central server: each day is a central row of
 * the office's `holidays` table (one row per office and date, `holidayRowId`), written to the
 * office's change log like users, so every desk of the office pulls it.
 */
export const HOLIDAYS_TABLE = 'holidays'

/** The calendars shipped with Loket (resources/holidays/<year>.json), from the repository root. */
export const HOLIDAYS_DIR = resolve(import.meta.dirname, '../../resources/holidays')

const Year = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
/** A year as a number, or as the text of a query string or a command line. */
const YearField = z.preprocess(
  (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
  Year.int('invalid').min(1900, 'invalid').max(2999, 'invalid'),
)
const OfficeId = z.string({ error: 'required' }).min(1, 'required')

export const ImportHolidaysInput = z.object({
  year: YearField,
  officeId: OfficeId.optional(),
  /** Also rewrite days an office removed or changed itself (a revised decree that must win). */
  force: z.boolean().default(false),
})
export const SetHolidayInput = HolidayInput.extend({ officeId: OfficeId, kind: HolidayKind.default('local') })
export const RemoveHolidayInput = z.object({ officeId: OfficeId, date: IsoDate })
export const ListHolidaysInput = z.object({ officeId: OfficeId, year: YearField.optional() })

/** The years with a shipped calendar, oldest first. */
export function shippedHolidayYears(): number[] {
  if (!existsSync(HOLIDAYS_DIR)) return []
  return readdirSync(HOLIDAYS_DIR)
    .map((file) => /^(\d{4})\.json$/.exec(file)?.[1])
    .filter((year): year is string => year !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
}

/** A shipped year's calendar, validated; a file that contradicts itself is a bug, not bad input. */
export function readHolidaySeed(year: number): HolidaySeed {
  const file = join(HOLIDAYS_DIR, `${year}.json`)
  if (!existsSync(file)) throw new AdminError('not_found', `no holiday calendar shipped for ${year}`)
  const seed = HolidaySeed.parse(JSON.parse(readFileSync(file, 'utf8')))
  const dates = new Set<string>()
  for (const holiday of seed.holidays) {
    if (seed.year !== year || !holiday.date.startsWith(`${year}-`) || dates.has(holiday.date)) {
      throw new Error(`${file}: ${holiday.date} does not belong to ${year} once`)
    }
    dates.add(holiday.date)
  }
  return seed
}

function holidayData(
  officeId: string,
  holiday: HolidayInput,
  stamp: { hlc: string; updatedAt: number },
): Record<string, unknown> {
  return {
    id: holidayRowId(officeId, holiday.date),
    ...stamp,
    deletedAt: null,
    originDesk: CENTRAL,
    date: holiday.date,
    name: holiday.name,
    kind: holiday.kind,
  }
}

/** A holiday row that stands (not deleted), whoever wrote it. */
function isLive(row: CentralRow | undefined): row is CentralRow {
  return row !== undefined && row.op === 'upsert' && (row.data.deletedAt ?? null) === null
}

/**
 * Writes a year's calendar to one office, inside the caller's transaction holding the office's
 * log lock. A day already standing with the same name and kind is left alone, so a re-import does
 * not send desks a change for every day; a day the office removed or changed is kept as the office
 * left it unless `force`; a day the office does not have yet is written.
 */
export async function importSeedLocked(
  tx: Tx,
  officeId: string,
  seed: HolidaySeed,
  now: number,
  force = false,
) {
  let written = 0
  let unchanged = 0
  let kept = 0
  for (const holiday of seed.holidays) {
    const rowId = holidayRowId(officeId, holiday.date)
    let decided = false
    const wrote = await writeCentralRowLocked(
      tx,
      officeId,
      HOLIDAYS_TABLE,
      rowId,
      (stamp, existing) => {
        if (isLive(existing) && existing.data.name === holiday.name && existing.data.kind === holiday.kind) {
          return null
        }
        // The office already decided about this day (removed it to stay open on a cuti bersama day,
        // or renamed it): a re-import keeps that; only a revised decree, imported with force, wins.
        decided = existing !== undefined && !force
        return decided ? null : holidayData(officeId, holiday, stamp)
      },
      now,
    )
    if (wrote) written += 1
    else if (decided) kept += 1
    else unchanged += 1
  }
  return { written, unchanged, kept }
}

/** `holidays import`: a shipped year's calendar to one office, or to every office. */
export async function importHolidays(db: ServerDb, input: unknown, now: number) {
  const { year, officeId, force } = ImportHolidaysInput.parse(input)
  if (officeId) await requireOffice(db, officeId)
  const seed = readHolidaySeed(year)
  const targets = officeId
    ? [officeId]
    : (await db.select({ id: offices.id }).from(offices).orderBy(asc(offices.createdAt))).map((o) => o.id)
  const totals = { written: 0, unchanged: 0, kept: 0 }
  for (const target of targets) {
    const counts = await db.transaction(async (tx) => {
      await lockOfficeLog(tx, target)
      return importSeedLocked(tx, target, seed, now, force)
    })
    totals.written += counts.written
    totals.unchanged += counts.unchanged
    totals.kept += counts.kept
  }
  return { year, offices: targets.length, ...totals }
}

/** `holidays add` (and the admin API's PUT): sets one day off of an office, a local one by default. */
export async function setHoliday(db: ServerDb, input: unknown, now: number) {
  const { officeId, ...holiday } = SetHolidayInput.parse(input)
  await requireOffice(db, officeId)
  const holidayId = holidayRowId(officeId, holiday.date)
  await writeCentralRow(
    db,
    officeId,
    HOLIDAYS_TABLE,
    holidayId,
    (stamp) => holidayData(officeId, holiday, stamp),
    now,
  )
  return { holidayId, officeId, ...holiday }
}

/**
 * `holidays remove`: a tombstone, the same row upserted with `deletedAt` set and a newer HLC.
 * Desks apply it as an update of the row (their calendar reads only rows not deleted), so it
 * merges by last writer like any other write, and a later `add` of the day revives the row.
 */
export async function removeHoliday(db: ServerDb, input: unknown, now: number) {
  const { officeId, date } = RemoveHolidayInput.parse(input)
  await requireOffice(db, officeId)
  const holidayId = holidayRowId(officeId, date)
  await writeCentralRow(
    db,
    officeId,
    HOLIDAYS_TABLE,
    holidayId,
    (stamp, existing) => {
      if (!isLive(existing)) throw new AdminError('not_found', `no holiday on ${date}`)
      return { ...existing.data, ...stamp, id: holidayId, deletedAt: now, originDesk: CENTRAL }
    },
    now,
  )
  return { holidayId, officeId, date, deletedAt: new Date(now).toISOString() }
}

export interface HolidayView {
  holidayId: string
  date: string
  name: string
  kind: HolidayKindType
}

/** `holidays list`: an office's days off standing now (central or written at a desk), by date. */
export async function listHolidays(db: ServerDb, input: unknown): Promise<HolidayView[]> {
  const { officeId, year } = ListHolidaysInput.parse(input)
  await requireOffice(db, officeId)
  const found = await db
    .select()
    .from(rows)
    .where(
      officeTable(
        officeId,
        HOLIDAYS_TABLE,
        ...STANDING,
        year === undefined ? undefined : sql`${rows.data}->>'date' like ${`${year}-%`}`,
      ),
    )
    .orderBy(sql`${rows.data}->>'date'`)
  return found.map((row) => ({
    holidayId: row.rowId,
    date: String(row.data.date),
    name: String(row.data.name),
    kind: row.data.kind as HolidayKindType,
  }))
}
