import { eq, getTableColumns } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { HlcState } from '../../common/hlc'
import { parseHlc, receiveHlc } from '../../common/hlc'
import type { PulledChange } from '../../common/sync-protocol'
import {
  APPEND_ONLY_TABLES,
  CENTRAL_ORIGIN,
  CENTRAL_TABLES,
  PulledChange as PulledChangeSchema,
  isSyncedTable,
} from '../../common/sync-protocol'
import { rowProblem } from '../../common/sync-rows'
import { sanitizeText } from '../../common/text'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { clockOffset, latestAcceptable } from './clock'
import { AFTER_APPLY, SYNC_TABLES } from './tables'

/** Why a pulled change was held instead of applied (core/sync/held.ts). */
export type HoldCode =
  'bad_change' | 'unknown_table' | 'not_from_central' | 'bad_data' | 'clock_ahead' | 'apply_failed'

export interface HoldReason {
  code: HoldCode
  message: string
}

/** Keeps the columns this desk knows; a newer desk's extra columns are dropped, never an error. */
function knownColumns(table: SQLiteTable, data: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table)
  return Object.fromEntries(Object.entries(data).filter(([key]) => key in columns))
}

function column(table: SQLiteTable, name: string): SQLiteColumn {
  const found = getTableColumns(table)[name]
  if (!found) throw new Error(`table has no ${name} column`)
  return found
}

/**
 * What applying a page of pulled changes needs to know once rather than per change: the time, the
 * latest HLC time it accepts (core/sync/clock.ts), and this desk's HLC, advanced past every change
 * applied and written back once by `finishApplying`.
 */
export interface ApplyContext {
  now: number
  latest: number
  /** This PC's time, or the server's when this PC's clock runs behind (it was checked against it). */
  physical: number
  clock: HlcState
}

export function startApplying(db: Db, now: number): ApplyContext {
  const stored = readMeta(db, 'hlc')
  return {
    now,
    latest: latestAcceptable(db, now),
    physical: now + Math.max(0, clockOffset(db)?.offsetMs ?? 0),
    clock: stored ? (JSON.parse(stored) as HlcState) : { millis: 0, counter: 0 },
  }
}

/** Stores the desk's HLC as applying left it, in the transaction that applied the changes. */
export function finishApplying(db: Db, context: ApplyContext): void {
  writeMeta(db, 'hlc', JSON.stringify(context.clock))
}

const hold = (code: HoldCode, message: string): HoldReason => ({ code, message: sanitizeText(message) })

/**
 * Checks one pulled change (as it came, unparsed) and applies it inside the caller's transaction,
 * or says why it must be held: a malformed change, a table this version does not know, a row of a
 * central table (settings, users, desks, holidays) that the central server did not write itself
 * (ARCHITECTURE.md "Trust"), a row that breaks its table's shape (common/sync-rows.ts), an HLC
 * beyond the server's clock, or a constraint the row breaks here. Applying: append-only history
 * is inserted once; row state follows the last writer by (hlc, origin desk), except that a local
 * row stamped beyond any acceptable clock (a desk's clock once ran days ahead) loses to any valid
 * change. Nothing here goes to the outbox: a change that came down never echoes back up.
 */
export function applyPulledChange(db: Db, raw: unknown, context: ApplyContext): HoldReason | null {
  const parsed = PulledChangeSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return hold('bad_change', `malformed change: ${issue?.path.join('.') || 'change'}: ${issue?.message}`)
  }
  const change = parsed.data
  if (!isSyncedTable(change.table))
    return hold('unknown_table', `table ${change.table} is unknown to this version`)
  if (CENTRAL_TABLES.includes(change.table) && change.originDeskId !== CENTRAL_ORIGIN) {
    return hold('not_from_central', `${change.table} comes from the central server only, not from a desk`)
  }
  if (change.op === 'upsert') {
    const problem = rowProblem(change.table, change.data)
    if (problem) return hold('bad_data', problem)
  }
  if (parseHlc(change.hlc).millis > context.latest) {
    return hold('clock_ahead', 'stamped by a clock far ahead of the server')
  }
  try {
    // A savepoint: a change that breaks a constraint here leaves nothing behind.
    db.transaction((savepoint) => write(savepoint, change, context.latest))
  } catch (error) {
    return hold('apply_failed', error instanceof Error ? error.message : String(error))
  }
  // Later local writes sort after what this desk has seen.
  context.clock = receiveHlc(context.clock, change.hlc, context.physical)
  return null
}

function write(db: Db, change: PulledChange, latest: number): void {
  if (!isSyncedTable(change.table)) return
  const table = SYNC_TABLES[change.table]
  // The envelope is authoritative for the sync columns, so a row that arrives without them still fits.
  const values = {
    updatedAt: parseHlc(change.hlc).millis,
    ...knownColumns(table, change.data),
    id: change.rowId,
    hlc: change.hlc,
    originDesk: change.originDeskId,
  }
  if (APPEND_ONLY_TABLES.includes(change.table)) {
    db.insert(table).values(values).onConflictDoNothing().run()
    AFTER_APPLY[change.table]?.(db, change.rowId)
    return
  }
  const idColumn = column(table, 'id')
  const existing = db
    .select({ hlc: column(table, 'hlc'), originDesk: column(table, 'originDesk') })
    .from(table)
    .where(eq(idColumn, change.rowId))
    .get() as { hlc: string; originDesk: string } | undefined
  const poisoned = existing !== undefined && parseHlc(existing.hlc).millis > latest
  // A visit's survey sheet belongs to the desk that first recorded it (its id is the visit's,
  // core/skm/responses.ts), and the server relays only that desk's (server/sync/admit.ts,
  // surveyOwners): one from another desk replaces this desk's own, which the server refused, so
  // every desk counts the sheet the server counts instead of whichever was written last.
  const ownedElsewhere =
    change.table === 'skm_responses' && existing !== undefined && existing.originDesk !== change.originDeskId
  if (
    existing &&
    !poisoned &&
    !ownedElsewhere &&
    (existing.hlc > change.hlc || (existing.hlc === change.hlc && existing.originDesk >= change.originDeskId))
  ) {
    return
  }
  db.insert(table).values(values).onConflictDoUpdate({ target: idColumn, set: values }).run()
  AFTER_APPLY[change.table]?.(db, change.rowId)
}
