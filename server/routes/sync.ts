import { and, eq, isNull } from 'drizzle-orm'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import {
  DESK_SCHEMA_VERSION,
  EVENTS_PATH,
  EnrollRequest,
  LIVE_EVENTS,
  MAX_PULL_LIMIT,
  MIN_DESK_SCHEMA_VERSION,
  PushEnvelope,
  SYNC_API,
} from '../../common/sync-protocol'
import { sha256 } from '../admin/codes'
import { AdminError } from '../admin/errors'
import { enrollDesk } from '../admin/operations'
import type { ServerDb } from '../database'
import type { RateLimits } from '../http/limits'
import { desks } from '../schema'
import type { AuthenticatedDesk } from '../sync/push'
import { applyPush } from '../sync/push'
import { readPull } from '../sync/pull'
import type { OfficeFeed } from '../live/office-feed'

export const PUSH_URL = `${SYNC_API}/sync/push`

const PullQuery = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
})

/**
 * The desk that sent a request, by its bearer token (only its sha256 is stored), if it is an active
 * desk; otherwise answers 401 and gives null. A desk token proves which desk is talking, nothing
 * about who sits at it (ARCHITECTURE.md "Trust").
 */
export async function authenticateDesk(
  db: ServerDb,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<(AuthenticatedDesk & { code: string | null }) | null> {
  const header = request.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : ''
  if (token) {
    const [desk] = await db
      .select({ id: desks.id, officeId: desks.officeId, code: desks.code })
      .from(desks)
      .where(and(eq(desks.tokenHash, sha256(token)), isNull(desks.revokedAt)))
    if (desk) return desk
  }
  request.log.warn({ ip: request.ip, url: request.url }, 'refused: desk token revoked or unknown')
  await reply.code(401).send({ error: 'unauthorized', message: 'desk token revoked or unknown' })
  return null
}

/**
 * The sync protocol's endpoints (docs/SYNC-PROTOCOL.md): health, enrolment, push and pull, and,
 * given the office feed, the events that tell a desk its office's log has grown.
 */
export function registerSyncRoutes(
  app: FastifyInstance,
  db: ServerDb,
  options: { version: string; now: () => number; limits: RateLimits; feed?: OfficeFeed },
): void {
  const { now } = options

  app.get(`${SYNC_API}/health`, async () => ({
    ok: true,
    version: options.version,
    minSchemaVersion: MIN_DESK_SCHEMA_VERSION,
  }))

  app.post(
    `${SYNC_API}/desks/enroll`,
    { config: { rateLimit: { max: options.limits.enrolPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const parsed = EnrollRequest.safeParse(request.body)
      if (!parsed.success)
        return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
      try {
        return await enrollDesk(db, parsed.data, now())
      } catch (error) {
        if (error instanceof AdminError && error.code === 'invalid_code') {
          request.log.warn({ ip: request.ip }, 'refused enrolment: unknown, used or expired code')
          return reply.code(403).send({ error: 'invalid_code', message: error.message })
        }
        // Another active desk of the office has this desk code; the enrolment code is not spent.
        if (error instanceof AdminError && error.code === 'desk_code_taken') {
          return reply.code(409).send({ error: 'desk_code_taken', message: error.message })
        }
        throw error
      }
    },
  )

  app.post(PUSH_URL, async (request, reply) => {
    const desk = await authenticateDesk(db, request, reply)
    if (!desk) return reply
    const parsed = PushEnvelope.safeParse(request.body)
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
    if (parsed.data.deskId !== desk.id) {
      request.log.warn({ ip: request.ip, deskId: desk.id }, 'refused: a desk pushed as another')
      return reply.code(403).send({ error: 'forbidden', message: 'a desk can push only as itself' })
    }
    if (
      parsed.data.schemaVersion < MIN_DESK_SCHEMA_VERSION ||
      parsed.data.schemaVersion > DESK_SCHEMA_VERSION
    ) {
      return reply.code(426).send({ error: 'upgrade_required', minSchemaVersion: MIN_DESK_SCHEMA_VERSION })
    }
    const outcome = await applyPush(db, desk, parsed.data, now())
    return reply.code(outcome.status).send(outcome.body)
  })

  const { feed } = options
  if (feed) {
    // A stream never ends by itself: closing the server ends them, or it would wait for ever.
    const open = new Set<{ close(): void }>()
    app.addHook('preClose', async () => {
      for (const stream of open) stream.close()
    })
    // Server-sent events over plain HTTP, not a WebSocket: one-way news is all a desk needs,
    // proxies and load balancers pass a long GET as they are, and the desk reconnects by itself
    // (the EventSource rules). Heartbeat comments keep idle proxies from cutting it.
    app.get(`${SYNC_API}${EVENTS_PATH}`, { sse: 'manual' }, async (request, reply) => {
      const desk = await authenticateDesk(db, request, reply)
      if (!desk) return reply
      reply.sse.keepAlive()
      const stream = reply.sse
      const tell = () => {
        if (stream.isConnected) stream.send({ event: LIVE_EVENTS.changes, data: '' }).catch(() => undefined)
      }
      const unsubscribe = feed.subscribe(desk.officeId, desk.id, tell)
      open.add(stream)
      stream.onClose(() => {
        unsubscribe()
        open.delete(stream)
      })
      await stream.send({ event: LIVE_EVENTS.ready, data: '' })
      return reply
    })
  }

  app.get(`${SYNC_API}/sync/pull`, async (request, reply) => {
    const desk = await authenticateDesk(db, request, reply)
    if (!desk) return reply
    const parsed = PullQuery.safeParse(request.query)
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
    return readPull(db, desk, parsed.data.cursor, parsed.data.limit, now())
  })
}
