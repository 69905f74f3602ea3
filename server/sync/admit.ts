import { MAX_CLOCK_AHEAD_MS, parseHlc } from '../../common/hlc'
import type { ChangeRecord, Rejection, SyncedTable } from '../../common/sync-protocol'
import {
  APPEND_ONLY_TABLES,
  ChangeRecord as ChangeRecordSchema,
  TABLE_FLOW,
  isSyncedTable,
} from '../../common/sync-protocol'
import { rowProblem } from '../../common/sync-rows'
import { findUnsafeJson, sanitizeText } from '../../common/text'

/** Why a pushed change was refused; the seq still advances (docs/SYNC-PROTOCOL.md, push). */
export type RejectionCode =
  'bad_change' | 'unknown_table' | 'central_only' | 'not_own_desk' | 'clock_ahead' | 'bad_data'

export type Admission = { ok: true; change: ChangeRecord } | ({ ok: false } & Omit<Rejection, 'seq'>)

export interface AdmitContext {
  deskId: string
  /** The server's clock, ms UTC. */
  now: number
  /**
   * The desk each known visit belongs to (`visits.deskId`): from the server's rows, plus visits
   * admitted earlier in the batch. A desk may update another desk's visit (it called the visitor),
   * but never move it to another desk.
   */
  visitOwners: Map<string, string>
  /**
   * The desk (or `central`) each known complaint belongs to (`complaints.deskId`), as visitOwners.
   * A desk writes only complaints it registered and their report event (issue 11).
   */
  complaintOwners: Map<string, string>
  /**
   * The desk each known consultation and survey answer sheet belongs to, as visitOwners (issue 12):
   * a consultation's request is changed only by the desk that registered it, and a visit's survey,
   * whose id is derived from the visit's, only by the desk that first recorded it — so a second
   * sheet for the same visit from another desk is refused rather than counted twice.
   */
  consultationOwners: Map<string, string>
  surveyOwners: Map<string, string>
}

/** Columns that name the desk a history row was written on: a desk writes history only as itself. */
const OWN_DESK_COLUMN: Partial<Record<SyncedTable, string>> = {
  visit_step_events: 'deskId',
  audit_log: 'deskId',
  documents: 'deskId',
  print_log: 'deskId',
  consultation_events: 'deskId',
  skm_responses: 'deskId',
}

const refuse = (code: RejectionCode, message: string): Admission => ({
  ok: false,
  code,
  message: sanitizeText(message),
})

const minutes = (ms: number) => `${Math.round(ms / 60_000).toLocaleString('en')} min`

/**
 * Decides whether the server may store one pushed change from a desk (ARCHITECTURE.md "Trust"):
 * a well-formed change of a table a desk writes, stamped by this desk's clock no further ahead of
 * the server's than MAX_CLOCK_AHEAD_MS, whose row fits its table's shape (common/sync-rows.ts) and
 * is this desk's to write. Anything else is a rejected change with a code and a message that never
 * quotes the offending value. Pure: the caller supplies what the server knows.
 */
export function admitChange(raw: unknown, context: AdmitContext): Admission {
  const parsed = ChangeRecordSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse('bad_change', `malformed change: ${issue?.path.join('.') || 'change'}: ${issue?.message}`)
  }
  const change = parsed.data
  const { table } = change
  if (!isSyncedTable(table)) return refuse('unknown_table', `table ${table} is not synced`)
  if (TABLE_FLOW[table].writer === 'central') {
    return refuse('central_only', `${table} is written by the central administration only, not by a desk`)
  }
  const hlc = parseHlc(change.hlc)
  if (hlc.deskId !== context.deskId) return refuse('not_own_desk', 'the change is stamped by another desk')
  const ahead = hlc.millis - context.now
  if (ahead > MAX_CLOCK_AHEAD_MS) {
    return refuse('clock_ahead', `the desk's clock was ${minutes(ahead)} ahead of the server's`)
  }
  const appendOnly = APPEND_ONLY_TABLES.includes(table)
  if (change.op === 'delete') {
    if (appendOnly) return refuse('bad_change', `${table} only grows: its rows are never deleted`)
    if (findUnsafeJson(change.data, 2))
      return refuse('bad_data', 'the delete carries data that is not safe text')
    return { ok: true, change }
  }
  const problem = rowProblem(table, change.data)
  if (problem) return refuse('bad_data', problem)
  const { data } = change
  if (data.id !== undefined && data.id !== change.rowId)
    return refuse('bad_data', 'data.id differs from rowId')
  if (data.originDesk !== undefined && data.originDesk !== context.deskId) {
    return refuse('not_own_desk', 'the row names another desk as its origin')
  }
  const ownColumn = OWN_DESK_COLUMN[table]
  if (ownColumn && data[ownColumn] !== context.deskId) {
    return refuse('not_own_desk', `${table}.${ownColumn} names another desk`)
  }
  if (table === 'visits') {
    const owner = context.visitOwners.get(change.rowId) ?? context.deskId
    if (data.deskId !== owner) return refuse('not_own_desk', 'a visit stays with the desk that registered it')
    context.visitOwners.set(change.rowId, owner)
  }
  if (table === 'complaints') {
    // A desk registers walk-in complaints and may correct its own (link the LAPOR! ID later); a
    // complaint from the centre or another desk is not its to change.
    const owner = context.complaintOwners.get(change.rowId) ?? context.deskId
    if (owner !== context.deskId || data.deskId !== owner)
      return refuse('not_own_desk', 'a complaint is changed only by the desk that registered it')
    context.complaintOwners.set(change.rowId, owner)
  }
  if (table === 'consultations' || table === 'skm_responses') {
    const owners = table === 'consultations' ? context.consultationOwners : context.surveyOwners
    const owner = owners.get(change.rowId) ?? context.deskId
    if (owner !== context.deskId || data.deskId !== owner) {
      return refuse(
        'not_own_desk',
        table === 'consultations'
          ? 'a consultation is changed only by the desk that registered it'
          : 'this survey was answered at another desk; a visit has one survey',
      )
    }
    owners.set(change.rowId, owner)
  }
  if (table === 'complaint_events') {
    // Where a complaint stands is decided along the SP4N-LAPOR! chain, centrally; a desk token
    // grants no authority to move it (ARCHITECTURE.md "Trust"). A desk reports its own complaints.
    if (data.kind !== 'reported')
      return refuse(
        'central_only',
        'a complaint moves along the chain only centrally; a desk records its report',
      )
    const complaintId = typeof data.complaintId === 'string' ? data.complaintId : ''
    if (context.complaintOwners.get(complaintId) !== context.deskId)
      return refuse('not_own_desk', 'a desk reports only the complaints it registered')
  }
  return { ok: true, change }
}
