import { eq } from 'drizzle-orm'
import type { AttemptDecision } from '../../common/lockout'
import { beginAttempt } from '../../common/lockout'
import { loginFailures } from '../../db/schema'
import type { Db } from '../db'

/**
 * Counts a sign-in attempt for `username` on this desk before its password is checked
 * (common/lockout.ts). Synchronous SQLite: no other attempt can interleave between the read and
 * the write, so concurrent attempts are counted one by one. Returns the decision.
 */
export function countAttempt(db: Db, username: string, now: number): AttemptDecision {
  return db.transaction(
    (tx) => {
      const stored = tx.select().from(loginFailures).where(eq(loginFailures.username, username)).get()
      const decision = beginAttempt(stored, now)
      if (decision.allowed) {
        tx.insert(loginFailures)
          .values({ username, ...decision.record })
          .onConflictDoUpdate({ target: loginFailures.username, set: decision.record })
          .run()
      }
      return decision
    },
    { behavior: 'immediate' },
  )
}

/** A successful sign-in: the username's count starts again. */
export function clearFailures(db: Db, username: string): void {
  db.delete(loginFailures).where(eq(loginFailures.username, username)).run()
}
