import { sql } from 'drizzle-orm'
import type { Db } from './db'

/** Quiet time after the last command before the WAL is copied into the main file. */
export const IDLE_CHECKPOINT_MS = 1000

const pending = new WeakMap<Db, NodeJS.Timeout>()

/**
 * Checkpoints the desk's WAL once no command has come for IDLE_CHECKPOINT_MS, so the copy of the
 * WAL into the main file (tens of milliseconds on a large file, and growing with the WAL) is not
 * paid inside a command, as SQLite's own checkpoint every 1,000 pages did (issue 8, speed).
 * Durability does not depend on it: every commit has synced the WAL before the command answered
 * (synchronous=FULL), and after a crash SQLite replays the WAL. PASSIVE: it never waits for, nor
 * blocks, a reader; whatever it cannot copy now waits for the next quiet moment, and the WAL's
 * bound (db/open.ts) still checkpoints on its own if no quiet moment comes. Takes the handle the
 * commands write through; throws nothing (a desk closed meanwhile is simply not checkpointed).
 */
export function checkpointWhenIdle(db: Db): void {
  clearTimeout(pending.get(db))
  const timer = setTimeout(() => {
    pending.delete(db)
    try {
      db.get(sql`pragma wal_checkpoint(PASSIVE)`)
    } catch {
      // Closed in the meantime: closing has checkpointed (db/open.ts).
    }
  }, IDLE_CHECKPOINT_MS)
  timer.unref()
  pending.set(db, timer)
}
