import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db'

/**
 * The audit log's hash chain (issue 13; ../shared/RESEARCH.md §5): each entry's hash is the SHA-256
 * of the hash before it and the canonical JSON of its fixed fields — id, time, user, desk, action,
 * outcome and the SHA-256 of its detail, never the detail itself, so erasing personal data from a
 * detail (UU 27/2022) never breaks the chain. The first entry follows AUDIT_GENESIS. Entries are
 * chained in the order this desk wrote them (SQLite's rowid: the log only grows, triggers refuse
 * updates and deletes). Tamper-evident, not tamper-proof: whoever holds the file can recompute the
 * chain or cut its tail, which is why its head is carried outside the database.
 */

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The hash the first entry of a desk's chain follows. */
export const AUDIT_GENESIS = sha256('loket:audit-log:genesis')

/** An entry's fields the chain covers; times in ms UTC. */
export interface ChainedFields {
  id: string
  at: number
  userId: string | null
  deskId: string
  action: string
  outcome: string
  detailHash: string | null
}

/** The SHA-256 of a detail as it is stored (its JSON text), or null for none. */
export function detailHashOf(detail: unknown): string | null {
  return detail === null || detail === undefined ? null : sha256(JSON.stringify(detail))
}

/** An entry's hash: SHA-256(previous hash ‖ canonical JSON of the fixed fields, in a fixed order). */
export function entryHash(prevHash: string, fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.id,
    fields.at,
    fields.userId,
    fields.deskId,
    fields.action,
    fields.outcome,
    fields.detailHash,
  ])
  return sha256(`${prevHash}\n${canonical}`)
}

/** The hash of the newest chained entry, the one a new entry follows (AUDIT_GENESIS when none). */
export function chainHead(db: Db): string {
  const row = db.get<{ hash: string } | undefined>(
    sql`select hash from audit_log where hash is not null order by rowid desc limit 1`,
  )
  return row?.hash ?? AUDIT_GENESIS
}

/** Why a chain does not verify, at the first entry that shows it. */
export type ChainBreak =
  /** The entry's fields no longer give its hash: it was edited. */
  | 'altered'
  /** The entry does not follow the one before it: an entry was removed, inserted or moved. */
  | 'link'
  /** The chain ends before the head carried outside the database: its tail was cut. */
  | 'truncated'

export interface ChainCheck {
  ok: boolean
  /** Chained entries read. */
  entries: number
  /** The newest entry's hash, to be carried outside the database. */
  head: string
  /** The first break, or null. */
  broken: { reason: ChainBreak; id: string | null; position: number } | null
  /** Entries whose detail no longer matches its hash: erased on purpose, or changed; not a break. */
  detailsChanged: number
}

interface StoredEntry extends ChainedFields {
  prevHash: string
  hash: string
  detail: string | null
}

/**
 * Walks the desk's chain from its first entry, in the order written, and reports the first entry
 * that was altered or does not follow the one before. With `expectedHead` (a head printed on a
 * daily report or kept in an archive's manifest) a chain that no longer reaches it was cut.
 * Reads the log in pages, so a long one costs little memory. Takes the database, gives a ChainCheck.
 */
export function verifyAuditChain(db: Db, expectedHead?: string): ChainCheck {
  let previous = AUDIT_GENESIS
  let position = 0
  let detailsChanged = 0
  let sawExpected = expectedHead === undefined || expectedHead === AUDIT_GENESIS
  const page = 5_000
  let after = 0
  const broken = (reason: ChainBreak, id: string | null): ChainCheck => ({
    ok: false,
    entries: position,
    head: previous,
    broken: { reason, id, position },
    detailsChanged,
  })
  for (;;) {
    // Read in pages by rowid: a long log costs no more memory than a page.
    const rows = db.all<StoredEntry & { rowid: number }>(sql`
      select rowid, id, at, user_id as userId, desk_id as deskId, action, outcome, detail,
        detail_hash as detailHash, prev_hash as prevHash, hash
      from audit_log where hash is not null and rowid > ${after} order by rowid limit ${page}`)
    for (const row of rows) {
      position += 1
      if (row.prevHash !== previous) return broken('link', row.id)
      if (entryHash(row.prevHash, row) !== row.hash) return broken('altered', row.id)
      const stored = row.detail === null ? null : sha256(row.detail)
      if (stored !== row.detailHash) detailsChanged += 1
      previous = row.hash
      if (row.hash === expectedHead) sawExpected = true
    }
    const last = rows.at(-1)
    if (!last || rows.length < page) break
    after = last.rowid
  }
  if (!sawExpected) return broken('truncated', null)
  return { ok: true, entries: position, head: previous, broken: null, detailsChanged }
}
