import { LoketError } from '../../common/errors'
import type { Handler } from '../handler'
import { clearFailures, lockRemaining, recordFailure } from './lockout'
import { decoyHash, verifyPassword } from './password'
import { findUserByUsername, isUsable, toSessionUser } from './users'

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

export const login: Handler<'auth.login'> = async (ctx, input, call) => {
  const { username, password } = input
  call.audit.detail = { username }
  const locked = lockRemaining(ctx.db, username, ctx.now())
  if (locked > 0) throw new LoketError('account_locked', { minutes: minutes(locked) })

  const user = findUserByUsername(ctx.db, username)
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()))
  if (!user || !valid) {
    const lockedFor = recordFailure(ctx.db, username, ctx.now())
    if (lockedFor > 0) throw new LoketError('account_locked', { minutes: minutes(lockedFor) })
    throw new LoketError('invalid_credentials')
  }
  // Checked only after the password, so a disabled account is not revealed to a guesser.
  if (!isUsable(user)) throw new LoketError('account_disabled')

  clearFailures(ctx.db, username)
  ctx.sessions.start(call.clientKey, user, ctx.now())
  call.audit.userId = user.id
  return toSessionUser(user)
}

export const logout: Handler<'auth.logout'> = (ctx, _input, call) => {
  ctx.sessions.end(call.clientKey)
  return null
}

export const currentSession: Handler<'auth.session'> = (_ctx, _input, call) => call.user
