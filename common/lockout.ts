/**
 * The sign-in lock-out rule, shared by the desk (its own sign-in) and the central server (an
 * administrator confirming an office change online): after MAX_FAILURES attempts within
 * FAILURE_WINDOW_MS, a username is locked for LOCK_MS.
 *
 * An attempt is counted *before* its password is checked, and only a counted attempt is checked.
 * Counting after the check let 40 simultaneous guesses all pass the "is it locked?" test while
 * the first checks were still hashing (issue 7: 33 passwords checked instead of 5). Because the
 * count and the lock are written in one step before any hashing starts, at most MAX_FAILURES
 * passwords per window are ever checked, however many requests arrive at once. A success clears
 * the count; it can only happen on a counted attempt, so it never lifts a lock that refused it.
 */
export const MAX_FAILURES = 5
export const FAILURE_WINDOW_MS = 15 * 60 * 1000
export const LOCK_MS = 15 * 60 * 1000

/** What is stored per username (ms UTC). `failures` counts attempts not (yet) followed by a success. */
export interface AttemptRecord {
  failures: number
  lastFailureAt: number
  lockedUntil: number | null
}

export type AttemptDecision =
  /** Refused without checking the password; `lockedForMs` is what remains of the lock. */
  | { allowed: false; lockedForMs: number }
  /** Check the password; store `record` first. `locksNow` when this attempt set the lock. */
  | { allowed: true; record: AttemptRecord; locksNow: boolean }

/** Decides one sign-in attempt from the stored record (none: never failed) at `now` (ms UTC). */
export function beginAttempt(record: AttemptRecord | null | undefined, now: number): AttemptDecision {
  if (record?.lockedUntil && record.lockedUntil > now) {
    return { allowed: false, lockedForMs: record.lockedUntil - now }
  }
  // A window that passed, or a lock that ran out, starts the count afresh.
  const fresh = !record || now - record.lastFailureAt > FAILURE_WINDOW_MS || record.lockedUntil !== null
  const failures = fresh ? 1 : record.failures + 1
  const lockedUntil = failures >= MAX_FAILURES ? now + LOCK_MS : null
  return {
    allowed: true,
    record: { failures, lastFailureAt: now, lockedUntil },
    locksNow: lockedUntil !== null,
  }
}

/** Whole minutes, at least one, for "try again in {minutes} minutes". */
export const lockMinutes = (ms: number): number => Math.max(1, Math.ceil(ms / 60_000))
