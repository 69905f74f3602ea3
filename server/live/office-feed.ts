import { sql } from 'drizzle-orm'
import type { ServerDatabase } from '../database'
import type { Tx } from '../database'

/** The PostgreSQL channel on which a transaction that grew an office's log names the office. */
export const OFFICE_CHANGES_CHANNEL = 'loket_office_changes'

/**
 * Tells every server instance on this database, at commit, that the office's log has grown by
 * changes from `originDeskId` (a desk's id, or the central server's): NOTIFY is transactional
 * (sent when the transaction commits, never if it rolls back) and PostgreSQL folds repeats within
 * one transaction. Run in the transaction that appended. Payload: office id, a space, origin.
 */
export async function announceOfficeChanges(tx: Tx, officeId: string, originDeskId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${OFFICE_CHANGES_CHANNEL}, ${`${officeId} ${originDeskId}`})`)
}

interface Listener {
  deskId: string
  tell: () => void
}

/**
 * This instance's desks listening for their office's changes (server-sent events,
 * server/routes/sync.ts), told of every office whose log grew, whichever instance took the change
 * (issue 9): instances share nothing but the database, which carries the news by LISTEN/NOTIFY.
 */
export class OfficeFeed {
  private readonly listeners = new Map<string, Set<Listener>>()

  /**
   * Calls `tell` each time the office's log grows by changes of another desk (a desk's own
   * changes are no news to it); gives the function that stops it.
   */
  subscribe(officeId: string, deskId: string, tell: () => void): () => void {
    const set = this.listeners.get(officeId) ?? new Set<Listener>()
    const listener = { deskId, tell }
    set.add(listener)
    this.listeners.set(officeId, set)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(officeId)
    }
  }

  /** The office's log has grown, by changes of `originDeskId` when known. */
  notify(officeId: string, originDeskId?: string): void {
    for (const listener of this.listeners.get(officeId) ?? []) {
      if (listener.deskId !== originDeskId) listener.tell()
    }
  }

  /** News may have been lost (the listening connection dropped): every desk pulls to be sure. */
  notifyAll(): void {
    for (const officeId of [...this.listeners.keys()]) this.notify(officeId)
  }

  /** Desks listening on this instance. */
  get connections(): number {
    let total = 0
    for (const set of this.listeners.values()) total += set.size
    return total
  }
}

/** An OfficeFeed fed by the database's notifications; `close` stops listening. */
export async function openOfficeFeed(
  database: Pick<ServerDatabase, 'listen'>,
): Promise<{ feed: OfficeFeed; close(): Promise<void> }> {
  const feed = new OfficeFeed()
  const stop = await database.listen(
    OFFICE_CHANGES_CHANNEL,
    (payload) => {
      const [officeId = '', originDeskId] = payload.split(' ')
      feed.notify(officeId, originDeskId)
    },
    () => feed.notifyAll(),
  )
  return { feed, close: stop }
}
