import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

/** Milliseconds since the epoch (UTC), as everywhere in Loket. */
const millis = (name: string) => bigint(name, { mode: 'number' })

export const offices = pgTable('offices', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: millis('created_at').notNull(),
})

/** Single-use, expiring codes an administrator hands to a desk being enrolled; only their hash is kept. */
export const enrolmentCodes = pgTable('enrolment_codes', {
  codeHash: text('code_hash').primaryKey(),
  officeId: text('office_id')
    .notNull()
    .references(() => offices.id),
  createdAt: millis('created_at').notNull(),
  expiresAt: millis('expires_at').notNull(),
  usedAt: millis('used_at'),
  usedByDesk: text('used_by_desk'),
})

export const desks = pgTable(
  'desks',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    name: text('name').notNull(),
    /**
     * The desk's code (`LK1`, upper-cased), unique among the office's active desks: visit numbers
     * start with it. Null for desks enrolled before desks sent it.
     */
    code: text('code'),
    /**
     * The desk's block of queue numbers (0..QUEUE_BLOCKS-1), unique among the office's active
     * desks; null when every block was held by an active desk at enrolment (or enrolled before).
     */
    queueBlock: integer('queue_block'),
    /** sha256 of the bearer token; the token itself is known only to the desk. */
    tokenHash: text('token_hash').notNull(),
    /** The last change seq applied from this desk: the exactly-once-in-effect guard. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    schemaVersion: integer('schema_version'),
    createdAt: millis('created_at').notNull(),
    lastSeenAt: millis('last_seen_at'),
    revokedAt: millis('revoked_at'),
  },
  (t) => [
    uniqueIndex('desks_token_hash').on(t.tokenHash),
    index('desks_office').on(t.officeId),
    // Enrolment checks both under a per-office lock; the indexes keep them true whatever writes.
    uniqueIndex('desks_office_code_active')
      .on(t.officeId, t.code)
      .where(sql`${t.revokedAt} is null and ${t.code} is not null`),
    uniqueIndex('desks_office_queue_block_active')
      .on(t.officeId, t.queueBlock)
      .where(sql`${t.revokedAt} is null and ${t.queueBlock} is not null`),
  ],
)

/**
 * Every accepted change, in the order the server accepted it. `cursor` is a bigserial; appends are
 * serialised per office by an advisory lock in the push transaction, so within an office cursor
 * order is commit order and a pull (`cursor > n`) never skips a row that commits later.
 */
export const changes = pgTable(
  'changes',
  {
    cursor: bigserial('cursor', { mode: 'number' }).primaryKey(),
    officeId: text('office_id').notNull(),
    originDeskId: text('origin_desk_id').notNull(),
    changeId: text('change_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
    hlc: text('hlc').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    receivedAt: millis('received_at').notNull(),
  },
  (t) => [
    index('changes_office_cursor').on(t.officeId, t.cursor),
    uniqueIndex('changes_change_id').on(t.changeId),
  ],
)

/** Each synced row's current state: the last writer by (hlc, origin desk) wins. */
export const rows = pgTable(
  'rows',
  {
    officeId: text('office_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
    hlc: text('hlc').notNull(),
    originDeskId: text('origin_desk_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.tableName, t.rowId] }),
    // Complaints (issue 11) are looked up centrally by local number and LAPOR! ID, and their events
    // by complaint: C collation, so equality and a number's prefix range use them in any locale.
    index('rows_complaint_number')
      .on(t.officeId, sql`(${t.data}->>'number') collate "C"`)
      .where(sql`${t.tableName} = 'complaints'`),
    index('rows_complaint_lapor')
      .on(t.officeId, sql`(${t.data}->>'laporTrackingId') collate "C"`)
      .where(sql`${t.tableName} = 'complaints'`),
    index('rows_complaint_event_complaint')
      .on(t.officeId, sql`(${t.data}->>'complaintId') collate "C"`)
      .where(sql`${t.tableName} = 'complaint_events'`),
  ],
)

/** Changes refused for breaking a rule; the seq still advanced, so the queue never wedges. */
export const rejections = pgTable(
  'rejections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deskId: text('desk_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    changeId: text('change_id').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    at: millis('at').notNull(),
  },
  (t) => [index('rejections_desk').on(t.deskId)],
)

/**
 * An administrator's short-lived confirmation, made when they give their own password at a desk
 * (POST /office/confirm): what lets that desk change the office's settings, its own code and the
 * calendar in their name (ARCHITECTURE.md "Trust": never on the desk token alone). Bound to the
 * desk that asked and to the user; only its sha256 is kept.
 */
export const adminGrants = pgTable(
  'admin_grants',
  {
    tokenHash: text('token_hash').primaryKey(),
    officeId: text('office_id').notNull(),
    deskId: text('desk_id').notNull(),
    userId: text('user_id').notNull(),
    username: text('username').notNull(),
    createdAt: millis('created_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
  },
  (t) => [index('admin_grants_expires').on(t.expiresAt)],
)

/** Failed confirmations per office and username (common/lockout.ts), counted before the check. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    officeId: text('office_id').notNull(),
    username: text('username').notNull(),
    failures: integer('failures').notNull(),
    lastFailureAt: millis('last_failure_at').notNull(),
    lockedUntil: millis('locked_until'),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.username] })],
)

/**
 * Who changed the office centrally, from which desk, when and what: the record the server keeps of
 * administrators acting online with their own credentials (issue 7), beside the change log.
 */
export const centralAudit = pgTable(
  'central_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    officeId: text('office_id').notNull(),
    deskId: text('desk_id'),
    userId: text('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    at: millis('at').notNull(),
  },
  (t) => [index('central_audit_office_at').on(t.officeId, t.at)],
)
