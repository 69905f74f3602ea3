import { eq, gt, max, sql } from 'drizzle-orm'
import { phoneSearchForms } from '../../common/phone'
import { indexedKeys } from '../../common/search/name-forms'
import { nameWords, skeletonKey } from '../../common/search/name-keys'
import { visitorSearchKeys, visitors } from '../../db/schema'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

export type VisitorRow = typeof visitors.$inferSelect

/**
 * Bump when the keys change (common/search/name-keys.ts, name-forms.ts): every desk then rebuilds
 * its index once at start. 2: joined and split given names, Abdul and Muhammad in every form, z/s.
 */
export const SEARCH_INDEX_VERSION = '3'
const REBUILD_PAGE = 5000

/**
 * The words of a visitor the index holds, per FTS5 column: the name's words as written, their
 * phonetic keys with the joined and split forms of given names (common/search/name-forms.ts), the
 * skeletons of the words, and the numbers.
 */
export function searchDocument(visitor: Pick<VisitorRow, 'fullName' | 'nik' | 'nip' | 'phone'>) {
  const words = nameWords(visitor.fullName)
  return {
    name: words.join(' '),
    phon: indexedKeys(words).join(' '),
    skel: words
      .map(skeletonKey)
      .filter((key) => key.length >= 2)
      .join(' '),
    ids: [visitor.nik, visitor.nip, ...(visitor.phone ? phoneSearchForms(visitor.phone) : [])]
      .filter((value): value is string => Boolean(value))
      .join(' '),
  }
}

/**
 * (Re)indexes one visitor under a new, higher key, so the index lists the most recently written
 * or visited first. A tombstoned visitor leaves the index. Runs in the caller's transaction.
 */
export function indexVisitor(db: Db, visitor: VisitorRow): void {
  const old = db
    .select({ key: visitorSearchKeys.key })
    .from(visitorSearchKeys)
    .where(eq(visitorSearchKeys.visitorId, visitor.id))
    .get()
  if (old) {
    db.run(sql`delete from visitor_fts where rowid = ${old.key}`)
    db.delete(visitorSearchKeys).where(eq(visitorSearchKeys.key, old.key)).run()
  }
  if (visitor.deletedAt !== null) return
  const { key } = db
    .insert(visitorSearchKeys)
    .values({ visitorId: visitor.id })
    .returning({ key: visitorSearchKeys.key })
    .get()
  writeDocument(db, key, visitor)
}

function writeDocument(db: Db, key: number, visitor: VisitorRow): void {
  const doc = searchDocument(visitor)
  db.run(
    sql`insert into visitor_fts (rowid, name, phon, skel, ids) values (${key}, ${doc.name}, ${doc.phon}, ${doc.skel}, ${doc.ids})`,
  )
  db.run(
    sql`insert or ignore into visitor_search_terms (term) select value from json_each(${JSON.stringify(nameTerms(doc))})`,
  )
}

/** The name terms of a search document (every column but the numbers), for visitor_search_terms. */
export function nameTerms(doc: ReturnType<typeof searchDocument>): string[] {
  return [doc.name, doc.phon, doc.skel].flatMap((column) => (column === '' ? [] : column.split(' ')))
}

/**
 * Lists a visitor first in the search from now on: re-indexes them under a new, highest key,
 * unless they hold the highest key already (a walk-in registered a moment ago and now starting
 * their visit, the commonest case at a counter), where moving them would change nothing but cost
 * the command an index write. Runs in the caller's transaction.
 */
export function moveToFront(db: Db, visitorId: string): void {
  const own = db
    .select({ key: visitorSearchKeys.key })
    .from(visitorSearchKeys)
    .where(eq(visitorSearchKeys.visitorId, visitorId))
    .get()
  const newest = db
    .select({ key: max(visitorSearchKeys.key) })
    .from(visitorSearchKeys)
    .get()
  if (own && own.key === newest?.key) return
  reindexVisitor(db, visitorId)
}

/** Re-indexes a visitor by id (after a pulled change). */
export function reindexVisitor(db: Db, visitorId: string): void {
  const visitor = db.select().from(visitors).where(eq(visitors.id, visitorId)).get()
  if (visitor) indexVisitor(db, visitor)
}

/**
 * Builds the index when it is missing or was built by other keys: once, at start, in one
 * transaction, least recently seen first so the most recent visitors end up with the highest keys.
 * The keys are handed out by one statement in that order; the documents are then written page by
 * page (1,000,000 visitors: see README, Speed). Gives whether it (re)built.
 */
export function ensureSearchIndex(db: Db): boolean {
  if (readMeta(db, 'search_index_version') === SEARCH_INDEX_VERSION) {
    mergeBetweenCommands(db)
    return false
  }
  db.transaction((tx) => {
    // A build in one go merges as it writes; afterwards, the turns between commands merge.
    tx.run(
      sql`insert into visitor_fts (visitor_fts, rank) values ('automerge', ${sql.raw(String(BUILD_AUTOMERGE))})`,
    )
    tx.run(sql`insert into visitor_fts (visitor_fts) values ('delete-all')`)
    tx.run(sql`delete from visitor_search_terms`)
    tx.delete(visitorSearchKeys).run()
    tx.run(sql`insert into visitor_search_keys (visitor_id)
      select v.id from visitors v left join visits x on x.visitor_id = v.id and x.deleted_at is null
      where v.deleted_at is null
      group by v.id order by coalesce(max(x.arrived_at), v.updated_at), v.id`)
    // Read in pages by key, then written: better-sqlite3 cannot write while a read is still stepping.
    for (let after = 0; ;) {
      const page = tx
        .select({ key: visitorSearchKeys.key, visitor: visitors })
        .from(visitorSearchKeys)
        .innerJoin(visitors, eq(visitors.id, visitorSearchKeys.visitorId))
        .where(gt(visitorSearchKeys.key, after))
        .orderBy(visitorSearchKeys.key)
        .limit(REBUILD_PAGE)
        .all()
      if (page.length === 0) break
      for (const { key, visitor } of page) writeDocument(tx, key, visitor)
      after = page.at(-1)?.key ?? after
    }
    writeMeta(tx, 'search_index_version', SEARCH_INDEX_VERSION)
  })
  mergeBetweenCommands(db)
  return true
}

/** FTS5's own default: merge once four segments share a level. */
const BUILD_AUTOMERGE = 4
/** Index pages one turn between commands merges, at most (a page is 4 KB; about 1 ms of work). */
const MERGE_PAGES_PER_TURN = 32

/**
 * Leaves the merging of the index's segments to the turns between commands (mergeSomeOfIndex):
 * left to FTS5 (automerge), every registration's commit now and then merged its new segment into
 * older ones inside the command, 12–16 ms every sixty-odd registrations at 1,000,000 visitors
 * (issue 8, speed). FTS5 still merges by itself when sixteen segments share a level (crisismerge),
 * the bound when commands come with no turn between them. Stored in the index's own config.
 */
function mergeBetweenCommands(db: Db): void {
  db.run(sql`insert into visitor_fts (visitor_fts, rank) values ('automerge', 0)`)
}

/**
 * Merges a few of the index's segments (MERGE_PAGES_PER_TURN pages at most) where four or more
 * share a level, so a search reads few segments; run in the turn after a command
 * (core/free-checkpoint.ts). Its own transaction; throws what SQLite throws.
 */
export function mergeSomeOfIndex(db: Db): void {
  db.run(
    sql`insert into visitor_fts (visitor_fts, rank) values ('merge', ${sql.raw(String(MERGE_PAGES_PER_TURN))})`,
  )
}
