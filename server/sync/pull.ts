import { and, asc, eq, gt } from 'drizzle-orm'
import type { PullResponse } from '../../common/sync-protocol'
import { MAX_PULL_LIMIT, UP_ONLY_TABLES } from '../../common/sync-protocol'
import type { ServerDb } from '../database'
import { changes } from '../schema'
import type { AuthenticatedDesk } from './push'

/**
 * A page of the office's change log after `cursor`. Only this office's rows are read; changes the
 * desk originated and up-only tables are left out of the page, but the cursor still moves past
 * them, so a desk never rescans its own history.
 */
export async function readPull(
  db: ServerDb,
  desk: AuthenticatedDesk,
  cursor: number,
  limit: number,
  now: number,
): Promise<PullResponse> {
  const pageSize = Math.min(Math.max(1, limit), MAX_PULL_LIMIT)
  const scanned = await db
    .select()
    .from(changes)
    .where(and(eq(changes.officeId, desk.officeId), gt(changes.cursor, cursor)))
    .orderBy(asc(changes.cursor))
    .limit(pageSize + 1)
  const hasMore = scanned.length > pageSize
  const page = scanned.slice(0, pageSize)
  return {
    changes: page
      .filter(
        (c) => c.originDeskId !== desk.id && !(UP_ONLY_TABLES as readonly string[]).includes(c.tableName),
      )
      .map((c) => ({
        cursor: c.cursor,
        originDeskId: c.originDeskId,
        id: c.changeId,
        table: c.tableName,
        rowId: c.rowId,
        op: c.op,
        hlc: c.hlc,
        data: c.data,
      })),
    nextCursor: page.at(-1)?.cursor ?? cursor,
    hasMore,
    serverTime: now,
  }
}
