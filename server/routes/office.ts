import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { SYNC_API } from '../../common/sync-protocol'
import { ADMIN_ERROR_STATUS, AdminError, adminErrorBody } from '../admin/errors'
import { removeHoliday, setHoliday } from '../admin/holidays'
import type { ServerDb } from '../database'
import { bodyObject } from '../http/guards'
import type { RateLimits } from '../http/limits'
import type { Actor } from '../office/audit'
import { recordCentral } from '../office/audit'
import { ConfirmInput, confirmAdministrator } from '../office/confirm'
import { actorOfGrant } from '../office/grants'
import { changeDeskCode, changeOfficeSettings } from '../office/operations'
import { authenticateDesk } from './sync'

export const OFFICE_API = `${SYNC_API}/office`
/** The header carrying an administrator's grant (server/office/grants.ts). */
export const GRANT_HEADER = 'x-loket-grant'

/**
 * The office's administration from a desk, by an administrator acting online with their own
 * credentials (ARCHITECTURE.md "Trust"; docs/SYNC-PROTOCOL.md, "Office administration"): a desk
 * token alone changes nothing here. `POST /office/confirm` trades the administrator's password for
 * a short grant; the other routes need the desk token and that grant, and every outcome is
 * recorded with who acted and from which desk.
 */
export function registerOfficeRoutes(
  app: FastifyInstance,
  db: ServerDb,
  options: { now: () => number; limits: RateLimits },
): void {
  const { now } = options

  app.post(
    `${OFFICE_API}/confirm`,
    { config: { rateLimit: { max: options.limits.confirmPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const desk = await authenticateDesk(db, request, reply)
      if (!desk) return reply
      const parsed = ConfirmInput.safeParse(request.body)
      if (!parsed.success)
        return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
      const outcome = await confirmAdministrator(db, desk, parsed.data, now())
      if (outcome.ok) {
        const { grant, expiresAt, userId, username, fullName } = outcome
        return { grant, expiresAt, user: { id: userId, username, fullName } }
      }
      request.log.warn(
        { ip: request.ip, deskId: desk.id, code: outcome.code },
        'refused administrator confirmation',
      )
      if (outcome.code === 'invalid_credentials') return reply.code(401).send({ error: outcome.code })
      return reply.code(403).send({
        error: outcome.code,
        ...('lockedForMs' in outcome ? { lockedForMs: outcome.lockedForMs } : {}),
      })
    },
  )

  /** Runs an administrator's action: the desk and its grant first, the outcome recorded either way. */
  async function asAdministrator(
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    detail: Record<string, unknown>,
    run: (actor: Actor) => Promise<unknown>,
  ) {
    const desk = await authenticateDesk(db, request, reply)
    if (!desk) return reply
    const header = request.headers[GRANT_HEADER]
    const actor = await actorOfGrant(db, desk, typeof header === 'string' ? header : undefined, now())
    if (!actor) {
      request.log.warn({ ip: request.ip, deskId: desk.id, action }, 'refused: no valid administrator grant')
      return reply.code(401).send({ error: 'grant_required', message: 'an administrator must confirm first' })
    }
    try {
      const result = await run(actor)
      await recordCentral(db, actor, action, 'ok', detail, now())
      return result
    } catch (error) {
      const body = adminErrorBody(error)
      if (!body) throw error
      await recordCentral(db, actor, action, body.error, detail, now())
      return reply.code(error instanceof AdminError ? ADMIN_ERROR_STATUS[error.code] : 400).send(body)
    }
  }

  app.put(`${OFFICE_API}/settings`, async (request, reply) =>
    asAdministrator(
      request,
      reply,
      'office.settings',
      { keys: Object.keys(bodyObject(request.body)) },
      async (actor) => ({
        changed: await changeOfficeSettings(db, actor, request.body, now()),
      }),
    ),
  )

  app.put(`${OFFICE_API}/desk-code`, async (request, reply) =>
    asAdministrator(request, reply, 'office.deskCode', { code: bodyObject(request.body).code }, (actor) =>
      changeDeskCode(db, actor, request.body, now()),
    ),
  )

  app.put<{ Params: { date: string } }>(`${OFFICE_API}/holidays/:date`, async (request, reply) =>
    asAdministrator(request, reply, 'office.holidays.save', { date: request.params.date }, (actor) =>
      setHoliday(
        db,
        { ...bodyObject(request.body), date: request.params.date, officeId: actor.officeId },
        now(),
      ),
    ),
  )

  app.delete<{ Params: { date: string } }>(`${OFFICE_API}/holidays/:date`, async (request, reply) =>
    asAdministrator(request, reply, 'office.holidays.remove', { date: request.params.date }, (actor) =>
      removeHoliday(db, { date: request.params.date, officeId: actor.officeId }, now()),
    ),
  )
}
