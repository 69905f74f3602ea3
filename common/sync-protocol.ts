import { z } from 'zod'

/**
 * The sync wire protocol, version 1 (docs/SYNC-PROTOCOL.md), as zod schemas shared by the
 * desk's sync client and the central server.
 */
export const SYNC_API = '/api/v1'
export const MAX_PUSH_CHANGES = 1000
export const MAX_PULL_LIMIT = 1000
export const MAX_PUSH_BYTES = 2 * 1024 * 1024

export const Hlc = z.string().regex(/^\d{13}-[0-9a-f]{4}-.+$/, 'invalid')

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
] as const
export type SyncedTable = (typeof SYNCED_TABLES)[number]
/**
 * Desk-written history that goes up only: no desk needs another desk's audit trail. Visits and
 * their step events come back down to the office's other desks (docs/SYNC-PROTOCOL.md): an officer
 * calls, at any counter, a visitor registered at reception, and the waiting-room display shows
 * every counter's calls.
 */
export const UP_ONLY_TABLES: readonly SyncedTable[] = ['audit_log']
/** Rows only ever inserted; their ids make replays idempotent, so they never conflict. */
export const APPEND_ONLY_TABLES: readonly SyncedTable[] = ['visit_step_events', 'audit_log']

export const ChangeRecord = z.object({
  seq: z.number().int().positive(),
  id: z.string().min(1).max(64),
  table: z.string().min(1).max(64),
  rowId: z.string().min(1).max(64),
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
  deskId: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  changes: z.array(ChangeRecord).max(MAX_PUSH_CHANGES),
})
export type PushRequest = z.infer<typeof PushRequest>

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
})
export type PullResponse = z.infer<typeof PullResponse>

export const Health = z.object({ ok: z.boolean(), version: z.string(), minSchemaVersion: z.number().int() })

/**
 * The desk schema version this build speaks (the number of desk migrations; a test keeps them
 * equal). The server accepts its own version and the one before (426 otherwise).
 */
export const DESK_SCHEMA_VERSION = 3
export const MIN_DESK_SCHEMA_VERSION = Math.max(1, DESK_SCHEMA_VERSION - 1)
