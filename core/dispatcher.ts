import type { SessionUser } from '../common/auth'
import type { Channel } from '../common/channels'
import { isChannel } from '../common/channels'
import type { Access } from '../common/contract'
import { contract } from '../common/contract'
import type { RpcResult } from '../common/errors'
import { LoketError } from '../common/errors'
import { localize } from '../common/localized'
import { findUnsafeJson } from '../common/text'
import { fieldErrors, validationCatalog } from '../common/validation'
import { findUserById, isUsable, toSessionUser } from './auth/users'
import type { AuditEntry } from './audit/audit'
import { writeAudit } from './audit/audit'
import type { CoreContext } from './context'
import type { CallInfo, Handlers } from './handler'
import { checkpointWhenFree } from './free-checkpoint'
import { readMeta } from './meta/local-meta'

export interface CallContext {
  /** Identifies the caller's window or tab; sessions are kept per client. */
  clientKey: string
}

export type Dispatch = (call: CallContext, channel: string, input: unknown) => Promise<RpcResult<unknown>>

/**
 * What a window turned into the survey kiosk may still call (issue 12): the kiosk's own channels,
 * and app.info and auth.session to draw itself. Everything else is refused with kiosk_locked, the
 * public sign-in included, so a visitor at the turned screen can neither see the officer's session
 * nor start another in that window until the kiosk is closed with its PIN.
 */
const KIOSK_WINDOW: readonly Channel[] = [
  'app.info',
  'auth.session',
  'skm.questionnaire',
  'skm.kioskState',
  'skm.kioskSubmit',
  'skm.kioskClose',
]

/** Channels that work before the first-run setup has given this desk an identity. */
const BEFORE_SETUP: readonly Channel[] = ['app.info', 'setup.run', 'sync.enroll']

export interface DispatcherOptions {
  /** Where unexpected errors go; the caller sees only `internal_error`. */
  logError: (error: unknown, channel: string) => void
}

/**
 * The one path every call from the UI takes, whichever host carried it: validate the input with
 * the contract's zod schema, check the session's role, run the handler, write the audit entry of a
 * command, and turn any failure into `{ code, message: { id, en } }`.
 */
export function createDispatcher(ctx: CoreContext, handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (call, channel, input) => {
    if (!isChannel(channel)) return { ok: false, error: new LoketError('unknown_channel').toRpcError() }
    return run(channel, call.clientKey, input)
  }

  async function run<C extends Channel>(
    channel: C,
    clientKey: string,
    input: unknown,
  ): Promise<RpcResult<unknown>> {
    const definition = contract[channel]
    const setUp = readMeta(ctx.db, 'desk_id') !== null
    let audited = false
    const info: CallInfo = {
      clientKey,
      user: null,
      audit: { userId: null, detail: {} },
      write(fn) {
        if (definition.kind !== 'command') throw new Error(`${channel} is a query: it does not write`)
        if (audited) throw new Error(`${channel} wrote twice: a command writes in one transaction`)
        const result = ctx.db.transaction(
          (tx) => {
            const value = fn(tx)
            writeAudit(tx, auditEntry(channel, 'ok', info), ctx.now())
            return value
          },
          { behavior: 'immediate' },
        )
        audited = true
        return result
      },
    }
    let outcome = 'ok'
    try {
      if (!setUp && !BEFORE_SETUP.includes(channel)) throw new LoketError('setup_required')
      // Before the role check: the kiosk window's officer is signed in, but the window is not theirs now.
      const kiosk = setUp && ctx.kiosk.locks(clientKey)
      if (kiosk && !KIOSK_WINDOW.includes(channel)) throw new LoketError('kiosk_locked')
      // The kiosk window has no session while it is the kiosk: auth.session answers null there.
      info.user = setUp && !kiosk ? signedInUser(clientKey) : null
      info.audit.userId = info.user?.id ?? null
      checkAccess(definition.access, info.user)
      refuseUnsafeText(input)
      const parsed = definition.input.safeParse(input ?? {})
      if (!parsed.success) throw new LoketError('validation_failed', {}, fieldErrors(parsed.error))
      const handler = handlers[channel]
      const value = await handler(ctx, parsed.data as Parameters<typeof handler>[1], info)
      if (definition.kind === 'command') {
        ctx.events.emit(definition.topics)
        ctx.sync.changed()
      }
      return { ok: true, value }
    } catch (error) {
      if (!(error instanceof LoketError)) options.logError(error, channel)
      const known = error instanceof LoketError ? error : new LoketError('internal_error')
      outcome = known.code
      return { ok: false, error: known.toRpcError() }
    } finally {
      // A command that committed through info.write has its entry already; any other (refused,
      // or one that writes nothing of its own, such as signing out) is audited here.
      if (definition.kind === 'command' && !audited && readMeta(ctx.db, 'desk_id') !== null) {
        auditSafely(channel, outcome, info)
      }
      if (definition.kind === 'command') checkpointWhenFree(ctx.db)
    }
  }

  function signedInUser(clientKey: string): SessionUser | null {
    const userId = ctx.sessions.touch(clientKey, ctx.now())
    if (!userId) return null
    const user = findUserById(ctx.db, userId)
    if (!user || !isUsable(user)) {
      // Disabled or removed since signing in (possibly on another desk, arriving by sync).
      ctx.sessions.end(clientKey)
      return null
    }
    return toSessionUser(user)
  }

  function auditSafely(channel: Channel, outcome: string, info: CallInfo): void {
    try {
      ctx.db.transaction((tx) => writeAudit(tx, auditEntry(channel, outcome, info), ctx.now()), {
        behavior: 'immediate',
      })
    } catch (error) {
      options.logError(error, `audit of ${channel}`)
    }
  }
}

/**
 * Control characters, unpaired surrogates and absurd nesting are refused in every field of every
 * call, before the contract's schema sees them (common/text.ts), with a message on the field.
 */
function refuseUnsafeText(input: unknown): void {
  const finding = findUnsafeJson(input)
  if (!finding) return
  const message = localize(validationCatalog[finding.problem === 'too_deep' ? 'too_deep' : 'text_unsafe'])
  throw new LoketError('validation_failed', {}, { [finding.path || '_']: message })
}

function auditEntry(channel: Channel, outcome: string, info: CallInfo): AuditEntry {
  return { userId: info.audit.userId, action: channel, outcome, detail: info.audit.detail }
}

function checkAccess(access: Access, user: SessionUser | null): void {
  if (access === 'public') return
  if (!user) throw new LoketError('unauthenticated')
  if (access === 'authenticated') return
  if (!access.includes(user.role)) throw new LoketError('forbidden')
}
