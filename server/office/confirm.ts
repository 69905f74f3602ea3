import { randomBytes } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { LoginInput } from '../../common/auth'
import { LOCK_MS, beginAttempt } from '../../common/lockout'
import { sha256 } from '../admin/codes'
import type { ServerDb } from '../database'
import { decoyHash, verifyPassword } from '../admin/password'
import { findUserRow } from '../admin/operations'
import { adminGrants, signInAttempts } from '../schema'
import type { AuthenticatedDesk } from '../sync/push'
import { recordCentral } from './audit'

/** How long an administrator's confirmation lets a desk act in their name (a few edits in a row). */
export const GRANT_TTL_MS = 15 * 60 * 1000

export type ConfirmOutcome =
  | { ok: true; grant: string; expiresAt: number; userId: string; username: string; fullName: string }
  | { ok: false; code: 'invalid_credentials' | 'account_disabled' | 'not_admin' }
  | { ok: false; code: 'account_locked'; lockedForMs: number }

export const ConfirmInput = LoginInput

const UserData = z.looseObject({
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  passwordHash: z.string(),
  active: z.boolean().optional(),
  deletedAt: z.number().nullable().optional(),
})

/** The office's user by username as the central rows hold it now, in the shape checked here, or null. */
export async function findOfficeUser(db: ServerDb, officeId: string, username: string) {
  const row = await findUserRow(db, officeId, username)
  const data = row ? UserData.safeParse(row.data) : null
  return row && data?.success ? { id: row.rowId, ...data.data } : null
}

/** An administrator who may act for the office right now: role admin, active, not removed. */
export const mayAdminister = (user: {
  role: string
  active?: boolean | undefined
  deletedAt?: number | null | undefined
}) => user.role === 'admin' && user.active !== false && (user.deletedAt ?? null) === null

/**
 * Counts an attempt for the office's username before its password is checked (common/lockout.ts),
 * inside one transaction that holds the username's row, so simultaneous attempts on any instance
 * are counted one by one.
 */
async function countAttempt(db: ServerDb, officeId: string, username: string, now: number) {
  return db.transaction(async (tx) => {
    await tx
      .insert(signInAttempts)
      .values({ officeId, username, failures: 0, lastFailureAt: 0, lockedUntil: null })
      .onConflictDoNothing()
    const [stored] = await tx
      .select()
      .from(signInAttempts)
      .where(and(eq(signInAttempts.officeId, officeId), eq(signInAttempts.username, username)))
      .for('update')
    const decision = beginAttempt(stored && stored.lastFailureAt > 0 ? stored : null, now)
    if (decision.allowed) {
      await tx
        .update(signInAttempts)
        .set(decision.record)
        .where(and(eq(signInAttempts.officeId, officeId), eq(signInAttempts.username, username)))
    }
    return decision
  })
}

/**
 * An administrator at a desk proves themselves to the server with their own username and password
 * (the desk token only says which desk is asking). On success the desk gets a grant for
 * GRANT_TTL_MS, bound to that desk and that user; every outcome is recorded (central_audit).
 */
export async function confirmAdministrator(
  db: ServerDb,
  desk: AuthenticatedDesk,
  input: z.output<typeof ConfirmInput>,
  now: number,
): Promise<ConfirmOutcome> {
  const actor = { officeId: desk.officeId, deskId: desk.id, userId: null, username: input.username }
  const outcome = await decide()
  await recordCentral(
    db,
    outcome.ok ? { ...actor, userId: outcome.userId } : actor,
    'office.confirm',
    outcome.ok ? 'ok' : outcome.code,
    {},
    now,
  )
  return outcome

  async function decide(): Promise<ConfirmOutcome> {
    const attempt = await countAttempt(db, desk.officeId, input.username, now)
    if (!attempt.allowed) return { ok: false, code: 'account_locked', lockedForMs: attempt.lockedForMs }
    const user = await findOfficeUser(db, desk.officeId, input.username)
    const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()))
    if (!user || !valid) {
      if (attempt.locksNow) return { ok: false, code: 'account_locked', lockedForMs: LOCK_MS }
      return { ok: false, code: 'invalid_credentials' }
    }
    await db
      .delete(signInAttempts)
      .where(and(eq(signInAttempts.officeId, desk.officeId), eq(signInAttempts.username, input.username)))
    // Said only after the password was right, so a guesser learns nothing about the account.
    if (user.active === false || (user.deletedAt ?? null) !== null)
      return { ok: false, code: 'account_disabled' }
    if (!mayAdminister(user)) return { ok: false, code: 'not_admin' }
    const grant = randomBytes(32).toString('base64url')
    const expiresAt = now + GRANT_TTL_MS
    await db.insert(adminGrants).values({
      tokenHash: sha256(grant),
      officeId: desk.officeId,
      deskId: desk.id,
      userId: user.id,
      username: user.username,
      createdAt: now,
      expiresAt,
    })
    return { ok: true, grant, expiresAt, userId: user.id, username: user.username, fullName: user.fullName }
  }
}
