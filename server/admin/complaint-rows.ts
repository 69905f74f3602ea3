import { and, eq, inArray, sql } from 'drizzle-orm'
import { v5 as uuidv5 } from 'uuid'
import type { z } from 'zod'
import type { ChainEvent } from '../../common/complaints/chain'
import { ChainHolder } from '../../common/complaints/chain'
import { COMPLAINT_PREFIX } from '../../common/complaints/complaint'
import { withoutInvisible } from '../../common/identity/normalize'
import { formatHlc, hlcCeiling, receiveHlc, tickHlc } from '../../common/hlc'
import type { ChangeRecord } from '../../common/sync-protocol'
import { SYNC_ROWS } from '../../common/sync-rows'
import { OfficeTimeZone } from '../../common/settings'
import type { ServerDb } from '../database'
import { rows } from '../schema'
import type { CentralRow } from './central-rows'
import { CENTRAL, officeTable } from './central-rows'

/**
 * How the central server reads and writes the office's complaints (issue 11): rows of the generic
 * `rows` table, `data` in the desk's column names (common/sync-rows.ts SYNC_ROWS.complaints and
 * .complaint_events), so the record every desk pulls is exactly the one stored here.
 */
export const COMPLAINTS_TABLE = 'complaints'
export const COMPLAINT_EVENTS_TABLE = 'complaint_events'

export type ComplaintRecord = z.output<typeof SYNC_ROWS.complaints>
export type ComplaintEventRecord = z.output<typeof SYNC_ROWS.complaint_events>

/** A complaint as stored centrally: its row id and its record. */
export interface StoredComplaint {
  complaintId: string
  hlc: string
  record: ComplaintRecord
}

/** A stored event with the chain's view of it and what the timeline shows besides. */
export type StoredEvent = ChainEvent & { actor: string | null; note: string | null; deskId: string }

/**
 * Expressions the partial indexes of server/schema.ts cover (C collation: exact, byte-wise, so a
 * prefix search of the numbers uses the index whatever the database's locale).
 */
export const numberExpr = sql`((${rows.data}->>'number') collate "C")`
export const laporExpr = sql`((${rows.data}->>'laporTrackingId') collate "C")`
export const eventComplaintExpr = sql`((${rows.data}->>'complaintId') collate "C")`

/**
 * A list of text as one JSON parameter, the way server/sync/push.ts passes batches: both drivers
 * (node-postgres, PGlite) take it alike, whatever its length.
 */
const textArray = (list: readonly string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(list)}::jsonb))`

const liveComplaints = (officeId: string) =>
  and(
    eq(rows.officeId, officeId),
    eq(rows.tableName, COMPLAINTS_TABLE),
    eq(rows.op, 'upsert'),
    sql`${rows.data}->>'deletedAt' is null`,
  )

/** A stored complaint row as a typed record; null for a row that no longer fits (never expected). */
export function toStoredComplaint(row: CentralRow): StoredComplaint | null {
  const parsed = SYNC_ROWS.complaints.safeParse(row.data)
  return parsed.success ? { complaintId: row.rowId, hlc: row.hlc, record: parsed.data } : null
}

/** The normal form of a reference as typed or scanned: invisible characters dropped, trimmed. */
export const cleanRef = (ref: string): string => withoutInvisible(ref).trim()

/**
 * The office's complaint a reference names: its row id, its local number (any case, as a scanner
 * types it) or its LAPOR! tracking ID (as given: LAPOR!'s IDs are opaque). Undefined when none.
 */
export async function findComplaint(
  db: ServerDb,
  officeId: string,
  ref: string,
): Promise<StoredComplaint | undefined> {
  const cleaned = cleanRef(ref)
  if (cleaned === '') return undefined
  const found = await db
    .select()
    .from(rows)
    .where(
      and(
        liveComplaints(officeId),
        sql`(${rows.rowId} = ${cleaned} or ${numberExpr} = ${cleaned.toUpperCase()} or ${laporExpr} = ${cleaned})`,
      ),
    )
    .limit(3)
  // A row id beats a number, a number beats a LAPOR! ID: an exact hit on the most specific key.
  const ranked = found
    .map(toStoredComplaint)
    .filter((c): c is StoredComplaint => c !== null)
    .sort((a, b) => rank(a, cleaned) - rank(b, cleaned))
  return ranked[0]
}

const rank = (complaint: StoredComplaint, ref: string) =>
  complaint.complaintId === ref ? 0 : complaint.record.number === ref.toUpperCase() ? 1 : 2

/** The office's complaints with these LAPOR! tracking IDs or local numbers (an import's batch read). */
export async function complaintsByKeys(
  db: ServerDb,
  officeId: string,
  laporIds: readonly string[],
  numbers: readonly string[],
): Promise<StoredComplaint[]> {
  if (laporIds.length === 0 && numbers.length === 0) return []
  const found = await db
    .select()
    .from(rows)
    .where(
      and(
        liveComplaints(officeId),
        sql`(${laporExpr} = any(${textArray(laporIds)}) or ${numberExpr} = any(${textArray(numbers)}))`,
      ),
    )
  return found.map(toStoredComplaint).filter((c): c is StoredComplaint => c !== null)
}

/** The complaints with these row ids. */
export async function complaintsById(
  db: ServerDb,
  officeId: string,
  ids: readonly string[],
): Promise<StoredComplaint[]> {
  if (ids.length === 0) return []
  const found = await db
    .select()
    .from(rows)
    .where(and(liveComplaints(officeId), inArray(rows.rowId, [...ids])))
  return found.map(toStoredComplaint).filter((c): c is StoredComplaint => c !== null)
}

/** The events of these complaints as stored, grouped by complaint (append-only rows, any order). */
export async function eventsOf(
  db: ServerDb,
  officeId: string,
  complaintIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const byComplaint = new Map<string, StoredEvent[]>()
  if (complaintIds.length === 0) return byComplaint
  const found = await db
    .select()
    .from(rows)
    .where(
      officeTable(
        officeId,
        COMPLAINT_EVENTS_TABLE,
        sql`${eventComplaintExpr} = any(${textArray(complaintIds)})`,
      ),
    )
  for (const row of found) {
    const parsed = SYNC_ROWS.complaint_events.safeParse(row.data)
    // A malformed history row was refused at push; one here would be a bug, not the chain's.
    if (!parsed.success) continue
    const event = parsed.data
    const list = byComplaint.get(event.complaintId) ?? []
    list.push({
      id: row.rowId,
      kind: event.kind,
      at: event.at,
      by: event.by,
      to: event.to ?? null,
      actor: event.actor ?? null,
      note: event.note ?? null,
      deskId: event.deskId,
    })
    byComplaint.set(event.complaintId, list)
  }
  return byComplaint
}

/** The office's time zone as its settings row says (createOffice writes it), Asia/Jakarta if unreadable. */
export async function officeTimeZone(db: ServerDb, officeId: string): Promise<OfficeTimeZone> {
  const [row] = await db
    .select({ data: rows.data })
    .from(rows)
    .where(
      and(
        eq(rows.officeId, officeId),
        eq(rows.tableName, 'settings'),
        eq(rows.rowId, settingRowId('timeZone', officeId)),
      ),
    )
  const zone = OfficeTimeZone.safeParse(row?.data.value)
  return zone.success ? zone.data : 'Asia/Jakarta'
}

/** A setting's row id, the desks' rule: one id per office and key (createOffice does the same). */
export const settingRowId = (key: string, officeId: string): string => uuidv5(key, officeId)

/**
 * The greatest serial among the office's complaint numbers starting with `prefix`
 * (`ADU-PUSAT-20261124-`), 0 when none. The caller holds the office's log lock, so the next
 * serial it takes is no one else's.
 */
export async function lastSerial(db: ServerDb, officeId: string, prefix: string): Promise<number> {
  const found = await db
    .select({ number: sql<string>`${rows.data}->>'number'` })
    .from(rows)
    .where(
      and(
        eq(rows.officeId, officeId),
        eq(rows.tableName, COMPLAINTS_TABLE),
        // A range rather than LIKE ('.' follows '-'): nothing to escape, and the C-collated index serves it.
        sql`${numberExpr} >= ${prefix} and ${numberExpr} < ${`${prefix.slice(0, -1)}.`}`,
      ),
    )
  let last = 0
  for (const { number } of found) {
    const serial = /^\d+$/.test(number.slice(prefix.length)) ? Number(number.slice(prefix.length)) : 0
    if (serial > last) last = serial
  }
  return last
}

/** The complaint number prefix of the central server on an office day: `ADU-PUSAT-20261124-`. */
export const centralNumberPrefix = (code: string, day: string): string =>
  `${COMPLAINT_PREFIX}-${code}-${day.replaceAll('-', '')}-`

/**
 * The stamp of a central write of a row whose current HLC is `existingHlc` (undefined: a new row),
 * as writeCentralRowLocked gives it: past the row's HLC so the write wins, and a clock that ran
 * ahead is not followed. For batches written with applyChanges at once (an import).
 */
export function centralStamp(
  existingHlc: string | undefined,
  now: number,
): { hlc: string; updatedAt: number } {
  const base = { millis: 0, counter: 0 }
  const honest = existingHlc !== undefined && existingHlc < hlcCeiling(now)
  const clock = honest ? receiveHlc(base, existingHlc, now) : tickHlc(base, now)
  return { hlc: formatHlc(clock, CENTRAL), updatedAt: now }
}

/** A change of the central server for a batch (applyChanges); seq is the central origin's, unused. */
export function centralChange(
  id: string,
  table: string,
  rowId: string,
  hlc: string,
  data: Record<string, unknown>,
): ChangeRecord {
  return { seq: 1, id, table, rowId, op: 'upsert', hlc, data }
}

/** An event row's data, validated as every desk will validate it when it pulls. */
export function eventData(
  event: ChainEvent & { actor?: string | null; note?: string | null },
  complaintId: string,
  hlc: string,
): Record<string, unknown> {
  return SYNC_ROWS.complaint_events.parse({
    id: event.id,
    hlc,
    originDesk: CENTRAL,
    complaintId,
    kind: event.kind,
    at: event.at,
    by: ChainHolder.parse(event.by),
    to: event.to,
    actor: event.actor ?? null,
    note: event.note ?? null,
    deskId: CENTRAL,
    userId: null,
  })
}
