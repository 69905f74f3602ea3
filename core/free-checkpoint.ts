import { sql } from 'drizzle-orm'
import type { Db } from './db'
import { mergeSomeOfIndex } from './visitors/search-index'

const scheduled = new WeakSet<Db>()

/**
 * Upkeep as soon as the desk is free after a command: on the event loop's next turn (setImmediate),
 * after the command has answered and before the next message from the UI is taken. A few pages of
 * the search index's segments are merged (core/visitors/search-index.ts, mergeSomeOfIndex), then
 * the WAL is checkpointed, so neither is paid inside a command.
 *
 * Why after every command and not after a quiet second (issue 8, speed): while the WAL grows, each
 * commit also makes the file longer, and a sync that must record a file's new length costs
 * 4–6 ms on this kind of disk against 0.5 ms for one that rewrites frames the file already holds
 * (measured at 1,000,000 visitors, README, Speed). A receptionist registers a visitor and starts
 * their visit within a second, so a quiet second came too seldom to keep the WAL short. A
 * checkpoint that has copied everything lets the next commit write from the WAL's start again,
 * over frames the file already holds: the WAL stays as long as the longest command, not the
 * longest burst.
 *
 * Durability does not depend on it: every commit has synced the WAL before the command answered
 * (synchronous=FULL), and after a crash SQLite replays the WAL. PASSIVE: it never waits for, nor
 * blocks, a reader; what it cannot copy now waits for the next command, and the WAL's bound
 * (db/open.ts) still checkpoints on its own when commands come back to back with no turn between
 * them. Takes the handle the commands write through; throws nothing (a desk closed meanwhile is
 * simply not tended: closing has checkpointed it).
 */
export function checkpointWhenFree(db: Db): void {
  if (scheduled.has(db)) return
  scheduled.add(db)
  setImmediate(() => {
    scheduled.delete(db)
    try {
      mergeSomeOfIndex(db)
      db.get(sql`pragma wal_checkpoint(PASSIVE)`)
    } catch {
      // Closed in the meantime: closing has checkpointed (db/open.ts).
    }
  }).unref()
}
