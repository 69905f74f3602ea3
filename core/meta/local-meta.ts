import { eq, sql } from 'drizzle-orm'
import { localMeta } from '../../db/schema'
import type { Db } from '../db'
import { perHandle } from '../per-handle'

/** Keys of this desk's own bookkeeping; never synced. */
export type LocalMetaKey =
  | 'desk_id'
  | 'office_id'
  | 'hlc'
  | 'outbox_seq'
  /** Central server this desk is enrolled with, and its bearer token (see core/sync/credentials.ts). */
  | 'sync_server_url'
  | 'sync_token'
  /** The pull cursor, stored in the transaction that applies each page. */
  | 'sync_cursor'
  /** Why syncing stopped for good until someone acts: 'revoked' or 'upgrade_required'. */
  | 'sync_blocked'
  | 'sync_last_success_at'
  /** This desk's block of queue numbers (common/queue-number.ts); absent: it hands out none. */
  | 'queue_block'
  /** Which build of the visitor search keys the index holds; a new one rebuilds it. */
  | 'search_index_version'
  /**
   * The central server's clock minus this PC's (ms), measured at the last answer that carried the
   * server's time: core/sync/clock.ts.
   */
  | 'clock_offset'
  /** This PC's printers and paper (common/printing.ts DeskPrintSettings, JSON): never synced. */
  | 'print_settings'
  /**
   * The deadline table and office calendar the stored complaint deadlines (complaint_states.due_at)
   * were timed by, as a digest: when either changes, the open complaints are timed again.
   */
  | 'complaint_deadline_basis'

/**
 * True on a desk enrolled with a central server: the office's settings, users, desks and holidays
 * are then the server's to write (common/sync-protocol.ts CENTRAL_TABLES), never this desk's.
 */
export function isEnrolled(db: Db): boolean {
  return readMeta(db, 'sync_server_url') !== null
}

/**
 * The two statements every command runs a dozen times (the clock, the outbox's sequence, the
 * desk's identity), built once per handle instead of by drizzle's query builder on every call:
 * building them was the largest share of a command's time in JavaScript (issue 8, speed). A
 * transaction is a handle of its own, so it builds them once for its command.
 */
function buildStatements(db: Db) {
  return {
    read: db
      .select({ value: localMeta.value })
      .from(localMeta)
      .where(eq(localMeta.key, sql.placeholder('key')))
      .prepare(),
    write: db
      .insert(localMeta)
      .values({ key: sql.placeholder('key'), value: sql.placeholder('value') })
      .onConflictDoUpdate({ target: localMeta.key, set: { value: sql`excluded.value` } })
      .prepare(),
  }
}
const metaStatements = perHandle(buildStatements)

/** This desk's value under `key`, or null when it has none. */
export function readMeta(db: Db, key: LocalMetaKey): string | null {
  return metaStatements(db).read.get({ key })?.value ?? null
}

/** Stores `value` under `key`, in the caller's transaction when `db` is one. */
export function writeMeta(db: Db, key: LocalMetaKey, value: string): void {
  metaStatements(db).write.run({ key, value })
}
