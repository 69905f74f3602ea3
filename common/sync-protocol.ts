import { z } from 'zod'

/**
 * The sync wire protocol, version 1 (docs/SYNC-PROTOCOL.md), as zod schemas shared by the
 * desk's sync client and the central server.
 */
export const SYNC_API = '/api/v1'

/**
 * Server-sent events telling an enrolled desk that its office's log has grown (issue 9): the desk
 * pulls at once, the minute's pull staying the fallback. Authenticated by the desk token like a
 * pull; carries no data, only the news, so nothing travels that a pull would not check.
 */
export const EVENTS_PATH = '/sync/events'
/** The events on that stream: `ready` once connected (pull what came meanwhile), then `changes`. */
export const LIVE_EVENTS = { ready: 'ready', changes: 'changes' } as const
export const MAX_PUSH_CHANGES = 1000
export const MAX_PULL_LIMIT = 1000
export const MAX_PUSH_BYTES = 2 * 1024 * 1024

/** `<13-digit ms>-<4 hex counter>-<desk id>` (common/hlc.ts); the desk id is a row id. */
export const Hlc = z.string().regex(/^\d{13}-[0-9a-f]{4}-[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'invalid')
/** Change ids, row ids and desk ids: UUIDs, `central`, ids derived by uuid v5. */
export const SyncId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'invalid')

/** Which tables exist in sync, and which of them come back down to the other desks of the office. */
export const SYNCED_TABLES = [
  'settings',
  'desks',
  'users',
  'visitors',
  'visits',
  'visit_step_events',
  'audit_log',
  'holidays',
  'documents',
  'print_log',
  'complaints',
  'complaint_events',
  'consultations',
  'consultation_events',
  'skm_responses',
] as const
export type SyncedTable = (typeof SYNCED_TABLES)[number]

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name)
}

/**
 * Who writes each synced table and whether it comes back down to the office's desks
 * (docs/SYNC-PROTOCOL.md, "Direction of data"). `central` tables grant authority or change the
 * office: the server never takes them on a desk token's word (ARCHITECTURE.md "Trust"); they are
 * written by the admin CLI/API or by an administrator acting online with their own credentials,
 * and a desk applies them only when the server itself wrote them. Visits and their step events
 * come down too: an officer calls, at any counter, a visitor registered at reception. No desk
 * needs another desk's audit trail.
 */
export const TABLE_FLOW: Record<SyncedTable, { writer: 'desk' | 'central'; down: boolean }> = {
  settings: { writer: 'central', down: true },
  desks: { writer: 'central', down: true },
  users: { writer: 'central', down: true },
  holidays: { writer: 'central', down: true },
  visitors: { writer: 'desk', down: true },
  visits: { writer: 'desk', down: true },
  visit_step_events: { writer: 'desk', down: true },
  audit_log: { writer: 'desk', down: false },
  // Issue 10: a document's number and hash, and who printed what, go up for the office's record.
  documents: { writer: 'desk', down: false },
  print_log: { writer: 'desk', down: false },
  // Issue 11: complaints come down to every desk. The central server writes them (admin CLI/API,
  // the LAPOR! import) and every event after the report; a desk writes only the walk-in complaints
  // it registered and their `reported` event (server/sync/admit.ts).
  complaints: { writer: 'desk', down: true },
  complaint_events: { writer: 'desk', down: true },
  // Issue 12: consultations, their assignment and answer come down to every desk (the team member
  // assigned may sit at another desk), and so do survey answers (every desk reports the office's IKM).
  consultations: { writer: 'desk', down: true },
  consultation_events: { writer: 'desk', down: true },
  skm_responses: { writer: 'desk', down: true },
}
const flowTables = (keep: (flow: (typeof TABLE_FLOW)[SyncedTable]) => boolean) =>
  SYNCED_TABLES.filter((table) => keep(TABLE_FLOW[table]))
/**
 * The origin desk id of every change the central server writes itself (administrators' edits, the
 * decree's import, desks' rows): the one origin a desk takes CENTRAL_TABLES' rows from.
 */
export const CENTRAL_ORIGIN = 'central'
/** Tables only the central server writes (and desks take only from it). */
export const CENTRAL_TABLES: readonly SyncedTable[] = flowTables((flow) => flow.writer === 'central')
/** Desk-written history that goes up only. */
export const UP_ONLY_TABLES: readonly SyncedTable[] = flowTables((flow) => !flow.down)
/** Rows only ever inserted; their ids make replays idempotent, so they never conflict. */
export const APPEND_ONLY_TABLES: readonly SyncedTable[] = [
  'visit_step_events',
  'audit_log',
  'documents',
  'print_log',
  'complaint_events',
]

export const ChangeRecord = z.object({
  seq: z.number().int().positive(),
  id: SyncId,
  table: z.string().regex(/^[a-z_]{1,64}$/, 'invalid'),
  rowId: SyncId,
  op: z.enum(['upsert', 'delete']),
  hlc: Hlc,
  data: z.record(z.string(), z.unknown()),
})
export type ChangeRecord = z.infer<typeof ChangeRecord>

export const EnrollRequest = z.object({
  code: z.string().trim().min(6).max(64),
  deskName: z.string().trim().min(1).max(120),
  /** The desk's code (`LK1`), unique among the office's active desks: visit numbers start with it. */
  deskCode: z.string().trim().min(1).max(16).optional(),
})
/** Queue-number blocks an office can hand out (common/queue-number.ts): one per active desk. */
export const QUEUE_BLOCKS = 10
export const EnrollResponse = z.object({
  deskId: z.string(),
  officeId: z.string(),
  token: z.string(),
  /**
   * The desk's own block of queue numbers, so no two desks of the office hand out the same number
   * on a day without talking to each other; null when every block is taken by an active desk (the
   * desk then serves but does not hand out numbers).
   */
  queueBlock: z
    .number()
    .int()
    .min(0)
    .max(QUEUE_BLOCKS - 1)
    .nullable()
    .default(null),
})

export const PushRequest = z.object({
  deskId: SyncId,
  schemaVersion: z.number().int().positive(),
  changes: z.array(ChangeRecord).max(MAX_PUSH_CHANGES),
})
export type PushRequest = z.infer<typeof PushRequest>
/**
 * A push as the server first reads it: the envelope strictly, each change only by its seq. The
 * rest of a change is checked one by one (server/sync/admit.ts), so a change the server cannot
 * take is a rejected change and the changes after it still arrive, never a 400 for the batch.
 */
export const PushEnvelope = PushRequest.extend({
  changes: z.array(z.looseObject({ seq: z.number().int().positive() })).max(MAX_PUSH_CHANGES),
})
export type PushEnvelope = z.infer<typeof PushEnvelope>

export const Rejection = z.object({ seq: z.number().int(), code: z.string(), message: z.string() })
export type Rejection = z.infer<typeof Rejection>
export const PushResponse = z.object({
  ackedSeq: z.number().int().nonnegative(),
  rejected: z.array(Rejection),
  serverTime: z.number().int(),
})
export type PushResponse = z.infer<typeof PushResponse>
export const SeqGap = z.object({ expectedSeq: z.number().int().positive() })

export const PulledChange = ChangeRecord.omit({ seq: true }).extend({
  cursor: z.number().int().positive(),
  originDeskId: z.string(),
})
export type PulledChange = z.infer<typeof PulledChange>
export const PullResponse = z.object({
  changes: z.array(PulledChange),
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The server's clock (ms UTC), so a desk knows how far its own is off (absent from older servers). */
  serverTime: z.number().int().optional(),
})
export type PullResponse = z.infer<typeof PullResponse>
/**
 * A pull page as the desk first reads it: each change only by its cursor. A change this desk
 * cannot read is held and reported (core/sync/held.ts), never allowed to fail the page.
 */
export const PullPage = PullResponse.extend({
  changes: z.array(z.looseObject({ cursor: z.number().int().positive() })),
})

export const Health = z.object({ ok: z.boolean(), version: z.string(), minSchemaVersion: z.number().int() })

/**
 * The desk schema version this build speaks (the number of desk migrations; a test keeps them
 * equal). The server accepts its own version and the one before (426 otherwise).
 */
export const DESK_SCHEMA_VERSION = 9
export const MIN_DESK_SCHEMA_VERSION = Math.max(1, DESK_SCHEMA_VERSION - 1)
