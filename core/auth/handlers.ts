import { LoketError } from '../../common/errors'
import { LOCK_MS, lockMinutes } from '../../common/lockout'
import type { Handler } from '../handler'
import { clearFailures, countAttempt } from './lockout'
import { decoyHash, verifyPassword } from './password'
import { findUserByUsername, isUsable, listActiveUsers, toSessionUser } from './users'

export const listUsers: Handler<'users.list'> = (ctx) => listActiveUsers(ctx.db)

export const login: Handler<'auth.login'> = async (ctx, input, call) => {
  const { username, password } = input
  call.audit.detail = { username }
  // Counted before the (slow) password check, so simultaneous guesses cannot outrun the lock.
  const attempt = countAttempt(ctx.db, username, ctx.now())
  if (!attempt.allowed) throw new LoketError('account_locked', { minutes: lockMinutes(attempt.lockedForMs) })

  const user = findUserByUsername(ctx.db, username)
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))
  if (!user || !valid) {
    if (attempt.locksNow) throw new LoketError('account_locked', { minutes: lockMinutes(LOCK_MS) })
    throw new LoketError('invalid_credentials')
  }
  // Checked only after the password, so a disabled account is not revealed to a guesser.
  if (!isUsable(user)) throw new LoketError('account_disabled')

  call.audit.userId = user.id
  call.write((tx) => clearFailures(tx, username))
  ctx.sessions.start(call.clientKey, user, ctx.now())
  return toSessionUser(user)
}

export const logout: Handler<'auth.logout'> = (ctx, _input, call) => {
  ctx.sessions.end(call.clientKey)
  return null
}

export const currentSession: Handler<'auth.session'> = (_ctx, _input, call) => call.user
