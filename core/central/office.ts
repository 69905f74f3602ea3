import { z } from 'zod'
import { LoketError } from '../../common/errors'
import { lockMinutes } from '../../common/lockout'
import type { Localized } from '../../common/localized'
import { sanitizeText } from '../../common/text'
import type { CoreContext } from '../context'
import type { CallInfo } from '../handler'
import type { HttpAnswer } from '../sync/transport'
import { callServer } from '../sync/transport'

/**
 * An enrolled desk's administration, done on the central server by an administrator acting online
 * with their own credentials (ARCHITECTURE.md "Trust"; server/routes/office.ts). The desk's token
 * says which desk asks; the administrator's grant, obtained with their password, says who acts.
 * Offline, these changes wait for a connection: the desk never writes the office's rows itself.
 */
const GRANT_HEADER = 'x-loket-grant'

const Confirmed = z.object({ grant: z.string().min(1), expiresAt: z.number().int() })
const Refusal = z.looseObject({
  error: z.string().optional(),
  lockedForMs: z.number().optional(),
  fields: z.record(z.string(), z.object({ id: z.string(), en: z.string() })).optional(),
})

function target(ctx: CoreContext) {
  const found = ctx.sync.target()
  if (!found) throw new LoketError('not_enrolled')
  return found
}

async function reach(run: () => Promise<HttpAnswer>): Promise<HttpAnswer> {
  try {
    return await run()
  } catch {
    throw new LoketError('central_unreachable')
  }
}

/**
 * The signed-in administrator's password, checked by the central server; on success the grant is
 * kept with this window's session (core/auth/sessions.ts). Throws invalid_credentials,
 * account_locked (the server counts attempts per user, as desks do), account_disabled, forbidden
 * (no longer an administrator centrally) or central_unreachable.
 */
export async function confirmAdministrator(ctx: CoreContext, call: CallInfo, password: string) {
  if (!call.user) throw new LoketError('unauthenticated')
  const { serverUrl, token } = target(ctx)
  const answer = await reach(() =>
    callServer(ctx.sync.fetch, serverUrl, '/office/confirm', {
      method: 'POST',
      token,
      body: { username: call.user?.username, password },
    }),
  )
  if (answer.status === 200) {
    const confirmed = Confirmed.parse(answer.body)
    ctx.sessions.keepGrant(call.clientKey, confirmed)
    return { expiresAt: confirmed.expiresAt }
  }
  const refusal = Refusal.safeParse(answer.body).data
  if (answer.status === 401 && refusal?.error === 'invalid_credentials')
    throw new LoketError('invalid_credentials')
  if (refusal?.error === 'account_locked') {
    throw new LoketError('account_locked', { minutes: lockMinutes(refusal.lockedForMs ?? 0) })
  }
  if (refusal?.error === 'account_disabled') throw new LoketError('account_disabled')
  if (refusal?.error === 'not_admin') throw new LoketError('forbidden')
  throw refused(answer)
}

/** What an answer the desk did not expect means for the person at it. */
function refused(answer: HttpAnswer): LoketError {
  if (answer.status === 429 || answer.status >= 500) return new LoketError('central_unreachable')
  if (answer.status === 401) return new LoketError('not_enrolled')
  const reason = sanitizeText(Refusal.safeParse(answer.body).data?.error ?? `HTTP ${answer.status}`, 60)
  return new LoketError('central_refused', { reason })
}

/**
 * One change on the central server in the confirmed administrator's name: `method path body`
 * under /api/v1/office. Without a grant (none yet, or it ran out) throws central_confirm_required,
 * which the UI answers by asking for the password and trying again. Field errors come back as
 * validation_failed; a desk code another desk holds as desk_code_taken; `notFound` names the
 * refusal for a 404. Resolves once the server has committed the change.
 */
export async function changeOnServer(
  ctx: CoreContext,
  call: CallInfo,
  request: { method: 'PUT' | 'DELETE'; path: string; body?: unknown; notFound?: LoketError['code'] },
): Promise<void> {
  const grant = ctx.sessions.grantOf(call.clientKey, ctx.now())
  if (!grant) throw new LoketError('central_confirm_required')
  const { serverUrl, token } = target(ctx)
  const answer = await reach(() =>
    callServer(ctx.sync.fetch, serverUrl, `/office${request.path}`, {
      method: request.method,
      token,
      headers: { [GRANT_HEADER]: grant },
      ...(request.body === undefined ? {} : { body: request.body }),
    }),
  )
  if (answer.status === 200) return
  const refusal = Refusal.safeParse(answer.body).data
  if (answer.status === 401 && refusal?.error === 'grant_required') {
    // Ran out, or the administrator was disabled or demoted meanwhile: ask again.
    ctx.sessions.dropGrant(call.clientKey)
    throw new LoketError('central_confirm_required')
  }
  if (answer.status === 409 && refusal?.error === 'desk_code_taken') throw new LoketError('desk_code_taken')
  if (answer.status === 404 && request.notFound) throw new LoketError(request.notFound)
  if (answer.status === 400 && refusal?.fields) {
    throw new LoketError('validation_failed', {}, refusal.fields as Record<string, Localized>)
  }
  throw refused(answer)
}
