import { isDeepStrictEqual } from 'node:util'
import { eq } from 'drizzle-orm'
import { v5 as uuidv5 } from 'uuid'
import type { OfficeSettings, SettingsView } from '../../common/settings'
import { OfficeSettings as OfficeSettingsSchema, OfficeTimeZone, withDefaults } from '../../common/settings'
import { desks, settings } from '../../db/schema'
import type { Db } from '../db'
import { readMeta } from '../meta/local-meta'
import { recordChange } from '../sync/outbox'
import { nextStamp, requireDeskId } from '../sync/stamp'
import { formatHlc } from '../../common/hlc'

type OfficeKey = keyof OfficeSettings
const OFFICE_KEYS = Object.keys(OfficeSettingsSchema.shape) as OfficeKey[]

/**
 * The office's time zone alone, or null before setup stored it: what numbering a visit and dating
 * a registration need, read without parsing every setting (the letterhead logo runs to hundreds
 * of kilobytes) on each command (issue 8, speed).
 */
export function readOfficeTimeZone(db: Db): OfficeTimeZone | null {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'timeZone')).get()
  const parsed = OfficeTimeZone.safeParse(row?.value)
  return parsed.success ? parsed.data : null
}

/** Office settings as stored (one synced row per key); null when not all are present yet. */
export function readOfficeSettings(db: Db): OfficeSettings | null {
  const rows = db.select({ key: settings.key, value: settings.value }).from(settings).all()
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]))
  const parsed = OfficeSettingsSchema.safeParse(stored)
  return parsed.success ? parsed.data : null
}

/**
 * A setting's row id is derived from the office and the key, so two desks that set the same key
 * offline write the same row (merged by last writer) instead of two rows fighting over the key.
 */
function settingId(db: Db, key: string): string {
  const officeId = readMeta(db, 'office_id')
  if (!officeId) throw new Error('office settings written before the desk has an office')
  return uuidv5(key, officeId)
}

export function writeOfficeSetting<K extends OfficeKey>(
  db: Db,
  key: K,
  value: OfficeSettings[K],
  now: number,
): void {
  const row = { id: settingId(db, key), key, value, deletedAt: null, ...nextStamp(db, now) }
  db.insert(settings)
    .values(row)
    .onConflictDoUpdate({ target: settings.id, set: { value, hlc: row.hlc, updatedAt: row.updatedAt } })
    .run()
  recordChange(db, { table: settings, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now)
}

export function writeOfficeSettings(db: Db, changes: Partial<OfficeSettings>, now: number): OfficeKey[] {
  const stored = readOfficeSettings(db)
  // A default not yet stored counts as the value: saving the defaults unchanged writes nothing.
  const current = stored ? withDefaults(stored) : null
  // Office hours are objects: compared by value, so saving the screen unchanged writes nothing.
  const changed = OFFICE_KEYS.filter(
    (key) => key in changes && changes[key] !== undefined && !isDeepStrictEqual(changes[key], current?.[key]),
  )
  for (const key of changed) writeOfficeSetting(db, key, changes[key] as OfficeSettings[typeof key], now)
  return changed
}

export type DeskRow = typeof desks.$inferSelect

export function readOwnDesk(db: Db): DeskRow | undefined {
  const deskId = readMeta(db, 'desk_id')
  return deskId ? db.select().from(desks).where(eq(desks.id, deskId)).get() : undefined
}

export function upsertOwnDesk(
  db: Db,
  fields: { officeId: string; code: string; name: string },
  now: number,
): DeskRow {
  const id = requireDeskId(db)
  const row: DeskRow = { id, ...fields, revokedAt: null, deletedAt: null, ...nextStamp(db, now) }
  db.insert(desks)
    .values(row)
    .onConflictDoUpdate({
      target: desks.id,
      set: { code: row.code, name: row.name, officeId: row.officeId, hlc: row.hlc, updatedAt: row.updatedAt },
    })
    .run()
  recordChange(db, { table: desks, rowId: id, op: 'upsert', hlc: row.hlc, data: row }, now)
  return row
}

/**
 * An enrolled desk's own row until the central one arrives by pull: local only (no outbox entry;
 * the server writes desks), stamped at the clock's very beginning so the central row always wins.
 */
export function rememberOwnDesk(
  db: Db,
  fields: { officeId: string; code: string; name: string },
  now: number,
): void {
  const id = requireDeskId(db)
  const row: DeskRow = {
    id,
    ...fields,
    revokedAt: null,
    deletedAt: null,
    hlc: formatHlc({ millis: 0, counter: 0 }, id),
    updatedAt: now,
    originDesk: id,
  }
  db.insert(desks).values(row).onConflictDoNothing().run()
}

export function readSettingsView(db: Db): SettingsView | null {
  const office = readOfficeSettings(db)
  const desk = readOwnDesk(db)
  if (!office || !desk) return null
  const { complaintDeadlines: _deadlines, ...shown } = withDefaults(office)
  return { ...shown, deskCode: desk.code }
}
