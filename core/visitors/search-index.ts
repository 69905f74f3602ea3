import { eq, getTableColumns, sql } from 'drizzle-orm'
import { phoneSearchForms } from '../../common/phone'
import { nameWords, phoneticKey, skeletonKey } from '../../common/search/name-keys'
import { visitorSearchKeys, visitors } from '../../db/schema'
import type { Db } from '../db'
import { readMeta, writeMeta } from '../meta/local-meta'

export type VisitorRow = typeof visitors.$inferSelect

/**
 * Bump when the keys change (common/search/name-keys.ts): every desk then rebuilds its index once
 * at start.
 */
export const SEARCH_INDEX_VERSION = '1'
const REBUILD_PAGE = 5000

/** The words of a visitor the index holds, per FTS5 column. */
export function searchDocument(visitor: Pick<VisitorRow, 'fullName' | 'nik' | 'nip' | 'phone'>) {
  const words = nameWords(visitor.fullName)
  return {
    name: words.join(' '),
    phon: words.map(phoneticKey).join(' '),
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
  const doc = searchDocument(visitor)
  db.run(
    sql`insert into visitor_fts (rowid, name, phon, skel, ids) values (${key}, ${doc.name}, ${doc.phon}, ${doc.skel}, ${doc.ids})`,
  )
}

/** Re-indexes a visitor by id (after a pulled change). */
export function reindexVisitor(db: Db, visitorId: string): void {
  const visitor = db.select().from(visitors).where(eq(visitors.id, visitorId)).get()
  if (visitor) indexVisitor(db, visitor)
}

/**
 * Builds the index when it is missing or was built by other keys: once, at start, in one
 * transaction, oldest visit first so the newest end up with the highest keys.
 */
export function ensureSearchIndex(db: Db): boolean {
  if (readMeta(db, 'search_index_version') === SEARCH_INDEX_VERSION) return false
  db.transaction((tx) => {
    tx.run(sql`insert into visitor_fts (visitor_fts) values ('delete-all')`)
    tx.delete(visitorSearchKeys).run()
    // Pages rather than one iterator: better-sqlite3 cannot write while a read is still stepping.
    const recency = sql<number>`coalesce(${visitors.lastVisitAt}, ${visitors.updatedAt})`
    let after: { at: number; id: string } | null = null
    for (;;) {
      const page: (VisitorRow & { at: number })[] = tx
        .select({ ...getTableColumns(visitors), at: recency })
        .from(visitors)
        .where(after ? sql`(${recency}, ${visitors.id}) > (${after.at}, ${after.id})` : undefined)
        .orderBy(recency, visitors.id)
        .limit(REBUILD_PAGE)
        .all()
      for (const { at: _at, ...visitor } of page) indexVisitor(tx, visitor)
      const last = page.at(-1)
      if (!last || page.length < REBUILD_PAGE) break
      after = { at: last.at, id: last.id }
    }
    writeMeta(tx, 'search_index_version', SEARCH_INDEX_VERSION)
  })
  return true
}
