import { and, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { ChangeRecord, PushEnvelope, PushResponse, Rejection } from '../../common/sync-protocol'
import { APPEND_ONLY_TABLES } from '../../common/sync-protocol'
import { hlcCeiling } from '../../common/hlc'
import { sanitizeText } from '../../common/text'
import type { AdmitContext } from './admit'
import { admitChange } from './admit'
import type { ServerDb, Tx } from '../database'
import { changes, desks, rejections, rows } from '../schema'
import { announceOfficeChanges } from '../live/office-feed'

export interface AuthenticatedDesk {
  id: string
  officeId: string
}

export type PushOutcome = { status: 200; body: PushResponse } | { status: 409; body: { expectedSeq: number } }

/** Serialises appends to one office's change log, so cursor order is commit order (no skipped pulls). */
export async function lockOfficeLog(tx: Tx, officeId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`loket-office:${officeId}`}, 0))`)
}

/**
 * The owner (`deskId`) of each row of `table` these changes touch, as the server's rows say (for
 * admitChange): visits, consultations and survey sheets by their row id, complaints by their own id
 * or the one an event names.
 */
async function rowOwners(
  tx: Tx,
  officeId: string,
  table: 'visits' | 'complaints' | 'consultations' | 'skm_responses',
  changes: readonly Record<string, unknown>[],
) {
  const ids = changes.flatMap((c) => {
    if (c.table === table && typeof c.rowId === 'string') return [c.rowId]
    const data = c.data
    if (table === 'complaints' && c.table === 'complaint_events' && typeof data === 'object' && data) {
      const complaintId = (data as Record<string, unknown>).complaintId
      if (typeof complaintId === 'string') return [complaintId]
    }
    return []
  })
  const owners = new Map<string, string>()
  if (ids.length === 0) return owners
  const found = await tx
    .select({ rowId: rows.rowId, deskId: sql<string | null>`${rows.data}->>'deskId'` })
    .from(rows)
    .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table), inArray(rows.rowId, ids)))
  for (const row of found) if (row.deskId) owners.set(row.rowId, row.deskId)
  return owners
}

/** A rejected change's id as it may be stored and shown: safe text, or nothing. */
const storableId = (id: unknown) => (typeof id === 'string' ? sanitizeText(id, 64) : '')

/**
 * Applies a desk's batch in one transaction: seqs at or below the desk's last are retries and
 * skipped, the next one is applied, a gap refuses the whole batch (409). Each change is admitted
 * or refused on its own (./admit.ts); a refused change is recorded as rejected and its seq still
 * advances, so one bad change never wedges the queue.
 */
export async function applyPush(
  db: ServerDb,
  desk: AuthenticatedDesk,
  request: PushEnvelope,
  now: number,
): Promise<PushOutcome> {
  return db
    .transaction(async (tx) => {
      await lockOfficeLog(tx, desk.officeId)
      const [current] = await tx
        .select({ lastSeq: desks.lastSeq })
        .from(desks)
        .where(eq(desks.id, desk.id))
        .for('update')
      let last = current?.lastSeq ?? 0
      const rejected: (Rejection & { changeId: string })[] = []
      const accepted: ChangeRecord[] = []
      const context: AdmitContext = {
        deskId: desk.id,
        now,
        visitOwners: await rowOwners(tx, desk.officeId, 'visits', request.changes),
        complaintOwners: await rowOwners(tx, desk.officeId, 'complaints', request.changes),
        consultationOwners: await rowOwners(tx, desk.officeId, 'consultations', request.changes),
        surveyOwners: await rowOwners(tx, desk.officeId, 'skm_responses', request.changes),
      }
      for (const raw of request.changes) {
        if (raw.seq <= last) continue
        // Throwing rolls the whole batch back: nothing of a batch with a gap is kept.
        if (raw.seq !== last + 1) throw new SeqGapError(last + 1)
        const admission = admitChange(raw, context)
        if (admission.ok) accepted.push(admission.change)
        else
          rejected.push({
            seq: raw.seq,
            changeId: storableId(raw.id),
            code: admission.code,
            message: admission.message,
          })
        last = raw.seq
      }
      await applyChanges(tx, desk, accepted, now)
      if (rejected.length > 0) {
        await tx.insert(rejections).values(rejected.map((r) => ({ deskId: desk.id, ...r, at: now })))
      }
      await tx
        .update(desks)
        .set({ lastSeq: last, lastSeenAt: now, schemaVersion: request.schemaVersion })
        .where(eq(desks.id, desk.id))
      return {
        status: 200 as const,
        body: {
          ackedSeq: last,
          rejected: rejected.map(({ seq, code, message }) => ({ seq, code, message })),
          serverTime: now,
        },
      }
    })
    .catch((error: unknown) => {
      if (error instanceof SeqGapError)
        return { status: 409 as const, body: { expectedSeq: error.expectedSeq } }
      throw error
    })
}

class SeqGapError extends Error {
  constructor(readonly expectedSeq: number) {
    super(`seq gap: expected ${expectedSeq}`)
    this.name = 'SeqGapError'
  }
}

/** Logs one change and folds it into its row (the central server's own writes). */
export async function applyChange(
  tx: Tx,
  desk: AuthenticatedDesk,
  change: ChangeRecord,
  now: number,
): Promise<void> {
  await applyChanges(tx, desk, [change], now)
}

const newer = (a: ChangeRecord, b: ChangeRecord) => a.hlc > b.hlc

/** The shape both drivers (node-postgres, PGlite) give a `returning change_id` result. */
const LoggedIds = z.object({ rows: z.array(z.object({ change_id: z.string() })) })

/**
 * Logs a batch of changes with one multi-row INSERT (a retried change id is logged once), then folds
 * the newest change of each row into the rows table with one more: last writer by (hlc, origin
 * desk) wins; a stale upsert stays in the log and changes nothing; history rows are inserted once.
 */
export async function applyChanges(
  tx: Tx,
  desk: AuthenticatedDesk,
  batch: ChangeRecord[],
  now: number,
): Promise<void> {
  if (batch.length === 0) return
  // The batch travels as one JSON parameter (jsonb_array_elements / jsonb_to_recordset) rather than thousands of bound
  // parameters: building and parsing the statement is then cheap whatever the batch size.
  const payload = JSON.stringify(
    batch.map((c) => ({
      change_id: c.id,
      table_name: c.table,
      row_id: c.rowId,
      op: c.op,
      hlc: c.hlc,
      data: c.data,
    })),
  )
  const inserted = await tx.execute(sql`
    insert into ${changes} (office_id, origin_desk_id, change_id, table_name, row_id, op, hlc, data, received_at)
    select ${desk.officeId}, ${desk.id}, e.value->>'change_id', e.value->>'table_name', e.value->>'row_id',
      e.value->>'op', e.value->>'hlc', e.value->'data', ${now}::bigint
    from jsonb_array_elements(${payload}::jsonb) with ordinality as e(value, ord)
    order by e.ord
    on conflict (change_id) do nothing
    returning change_id`)
  const logged = LoggedIds.parse(inserted).rows.map((row) => ({ changeId: row.change_id }))
  if (logged.length > 0) await announceOfficeChanges(tx, desk.officeId, desk.id)
  const fresh = new Set(logged.map((row) => row.changeId))
  // One statement may not touch a row twice: keep each row's newest change of the batch.
  const newest = new Map<string, ChangeRecord>()
  for (const change of batch) {
    if (!fresh.has(change.id)) continue
    const key = `${change.table}\u0000${change.rowId}`
    const seen = newest.get(key)
    if (!seen || newer(change, seen)) newest.set(key, change)
  }
  const folded = [...newest.values()]
  const history = folded.filter((c) => (APPEND_ONLY_TABLES as readonly string[]).includes(c.table))
  const state = folded.filter((c) => !(APPEND_ONLY_TABLES as readonly string[]).includes(c.table))
  const recordset = (list: ChangeRecord[]) =>
    JSON.stringify(
      list.map((c) => ({ table_name: c.table, row_id: c.rowId, op: c.op, hlc: c.hlc, data: c.data })),
    )
  const selectRows = (list: ChangeRecord[]) => sql`
    select ${desk.officeId}, x.table_name, x.row_id, x.op, x.hlc, ${desk.id}, x.data
    from jsonb_to_recordset(${recordset(list)}::jsonb) as x(table_name text, row_id text, op text, hlc text, data jsonb)`
  if (history.length > 0) {
    await tx.execute(sql`
      insert into ${rows} (office_id, table_name, row_id, op, hlc, origin_desk_id, data)
      ${selectRows(history)}
      on conflict do nothing`)
  }
  if (state.length > 0) {
    // Last writer wins by (hlc, origin desk); a stale upsert stays in the log but changes nothing.
    // A row stamped by a clock that ran far ahead (before the server refused such stamps) loses to
    // any change it admits, or it could never be edited again.
    await tx.execute(sql`
      insert into ${rows} (office_id, table_name, row_id, op, hlc, origin_desk_id, data)
      ${selectRows(state)}
      on conflict (office_id, table_name, row_id) do update
        set op = excluded.op, hlc = excluded.hlc, origin_desk_id = excluded.origin_desk_id, data = excluded.data
        where (${rows.hlc}, ${rows.originDeskId}) < (excluded.hlc, excluded.origin_desk_id)
          or ${rows.hlc} >= ${hlcCeiling(now)}`)
  }
}

export async function currentRow(db: ServerDb, officeId: string, table: string, rowId: string) {
  const [row] = await db
    .select()
    .from(rows)
    .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table), eq(rows.rowId, rowId)))
  return row
}
