import { eq } from 'drizzle-orm'
import { loginFailures } from '../../db/schema'
import type { Db } from '../db'

/** After this many failures within the window, the username is locked for the lock time. */
export const MAX_FAILURES = 5
export const FAILURE_WINDOW_MS = 15 * 60 * 1000
export const LOCK_MS = 15 * 60 * 1000

/** Milliseconds left on a lock, or 0 when the username may try. */
export function lockRemaining(db: Db, username: string, now: number): number {
  const row = db.select().from(loginFailures).where(eq(loginFailures.username, username)).get()
  if (!row?.lockedUntil) return 0
  return Math.max(0, row.lockedUntil - now)
}

/** Counts a failure; returns the lock's remaining time when this failure locked the username. */
export function recordFailure(db: Db, username: string, now: number): number {
  const row = db.select().from(loginFailures).where(eq(loginFailures.username, username)).get()
  const stale = !row || now - row.lastFailureAt > FAILURE_WINDOW_MS || (row.lockedUntil ?? 0) > 0
  const failures = stale ? 1 : row.failures + 1
  const lockedUntil = failures >= MAX_FAILURES ? now + LOCK_MS : null
  db.insert(loginFailures)
    .values({ username, failures, lastFailureAt: now, lockedUntil })
    .onConflictDoUpdate({
      target: loginFailures.username,
      set: { failures, lastFailureAt: now, lockedUntil },
    })
    .run()
  return lockedUntil ? LOCK_MS : 0
}

export function clearFailures(db: Db, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.username, username)).run()
}
