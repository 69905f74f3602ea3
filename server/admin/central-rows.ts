import type { SQL } from 'drizzle-orm'
import { and, eq, sql } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { formatHlc, hlcCeiling, receiveHlc, tickHlc } from '../../common/hlc'
import { CENTRAL_ORIGIN } from '../../common/sync-protocol'
import type { ServerDb } from '../database'
import { offices, rows } from '../schema'
import type { Tx } from '../database'
import { applyChange, lockOfficeLog } from '../sync/push'
import { AdminError } from './errors'

/** The origin desk id of changes the central server itself makes (common/sync-protocol.ts). */
export const CENTRAL = CENTRAL_ORIGIN

export type CentralRow = typeof rows.$inferSelect
export type CentralStamp = { hlc: string; updatedAt: number }

/**
 * The rows of one office's synced `table` in the central store (`rows`), narrowed by `more`: the
 * where-clause every listing of central rows starts from.
 */
export function officeTable(officeId: string, table: string, ...more: (SQL | undefined)[]): SQL | undefined {
  return and(eq(rows.officeId, officeId), eq(rows.tableName, table), ...more)
}

/** The conditions of a state row standing now: last written by an upsert, and not tombstoned. */
export const STANDING: readonly SQL[] = [eq(rows.op, 'upsert'), sql`${rows.data}->>'deletedAt' is null`]

/** The office a central row goes to must exist (a transaction is a ServerDb too). */
export async function requireOffice(db: ServerDb, officeId: string): Promise<void> {
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId))
  if (!office) throw new AdminError('not_found', `no office ${officeId}`)
}

/**
 * Builds a central row's data (the desk's column names) from its stamp and the row as it stands
 * now, if any; null writes nothing (the row is already as wanted). It may throw to refuse.
 */
export type BuildCentralRow = (
  stamp: CentralStamp,
  existing: CentralRow | undefined,
) => Record<string, unknown> | null

/**
 * Writes a row as the central server: a change in the office's log, like a desk's, with an HLC
 * past the row's current one so it wins, and it reaches every desk of the office by pull. True when
 * a change was written.
 */
export async function writeCentralRow(
  db: ServerDb,
  officeId: string,
  table: string,
  rowId: string,
  build: BuildCentralRow,
  now: number,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, officeId)
    return writeCentralRowLocked(tx, officeId, table, rowId, build, now)
  })
}

/**
 * writeCentralRow inside the caller's transaction, which must already hold the office's log lock
 * (lockOfficeLog): for callers that write many rows of one office at once.
 */
export async function writeCentralRowLocked(
  tx: Tx,
  officeId: string,
  table: string,
  rowId: string,
  build: BuildCentralRow,
  now: number,
): Promise<boolean> {
  const [existing] = await tx
    .select()
    .from(rows)
    .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table), eq(rows.rowId, rowId)))
  const base = { millis: 0, counter: 0 }
  // A row stamped by a clock that ran ahead is not followed there: this write replaces it anyway.
  const honest = existing !== undefined && existing.hlc < hlcCeiling(now)
  const clock = honest ? receiveHlc(base, existing.hlc, now) : tickHlc(base, now)
  const hlc = formatHlc(clock, CENTRAL)
  const data = build({ hlc, updatedAt: now }, existing)
  if (data === null) return false
  await applyChange(
    tx,
    { id: CENTRAL, officeId },
    { seq: 1, id: uuidv7(), table, rowId, op: 'upsert', hlc, data },
    now,
  )
  return true
}
