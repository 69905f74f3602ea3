import { timingSafeEqual } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import { z } from 'zod'
import {
  DESK_SCHEMA_VERSION,
  EnrollRequest,
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  MIN_DESK_SCHEMA_VERSION,
  PushEnvelope,
  SYNC_API,
} from '../common/sync-protocol'
import { findUnsafeJson, sanitizeText } from '../common/text'
import { AdminError } from './admin/errors'
import { enrollDesk } from './admin/operations'
import { sha256 } from './admin/codes'
import { registerAdminRoutes } from './routes/admin'
import type { ServerDb } from './database'
import { desks } from './schema'
import type { AuthenticatedDesk } from './sync/push'
import { applyPush } from './sync/push'
import { readPull } from './sync/pull'

export interface ServerOptions {
  db: ServerDb
  version: string
  /** Bearer token of the admin HTTP API; the API is off when unset. */
  adminToken?: string
  logger?: FastifyServerOptions['logger']
  now?: () => number
}

const PullQuery = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
})

/**
 * The central sync server. It keeps no state outside the database, so several instances can run
 * behind one load balancer on one PostgreSQL.
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const now = options.now ?? Date.now
  const { db } = options
  // The protocol caps a push at 2 MB of changes; the envelope gets a little room on top.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_PUSH_BYTES + 64 * 1024 })

  async function authenticate(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<AuthenticatedDesk | null> {
    const header = request.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : ''
    if (token) {
      const [desk] = await db
        .select({ id: desks.id, officeId: desks.officeId })
        .from(desks)
        .where(and(eq(desks.tokenHash, sha256(token)), isNull(desks.revokedAt)))
      if (desk) return desk
    }
    await reply.code(401).send({ error: 'unauthorized', message: 'desk token revoked or unknown' })
    return null
  }

  // Every endpoint refuses text PostgreSQL cannot store or a person cannot have typed (control
  // characters, unpaired surrogates) and absurd nesting, with a 400 that says where — never a 500
  // from the database (issue 7, fault 2). A push's changes are the exception: each is checked on
  // its own (sync/admit.ts), so one bad change is a rejected change, not a refused batch.
  const pushUrl = `${SYNC_API}/sync/push`
  app.addHook('preValidation', async (request, reply) => {
    const checked = {
      params: request.params,
      query: request.query,
      body: request.routeOptions.url === pushUrl ? null : request.body,
    }
    const finding = findUnsafeJson(checked)
    if (!finding) return
    const where = sanitizeText(finding.path.replace(/^(params|query|body)\.?/, ''), 120) || 'body'
    const what =
      finding.problem === 'too_deep'
        ? 'is nested too deeply'
        : 'holds control characters or unpaired surrogates'
    request.log.warn({ url: request.url, where, problem: finding.problem }, 'refused malformed input')
    return reply.code(400).send({ error: 'bad_request', message: `${where} ${what}` })
  })

  // Client errors (a body that is not JSON, too large, of the wrong type) keep their 4xx; anything
  // else is our fault: logged, and answered without internals.
  app.setErrorHandler(
    async (error: { statusCode?: number; code?: string; message?: string }, request, reply) => {
      const status =
        error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500
      if (status === 500) {
        request.log.error({ err: error }, 'request failed')
        return reply.code(500).send({ error: 'internal_error', message: 'the server hit an error' })
      }
      request.log.warn({ url: request.url, status, code: error.code }, 'refused request')
      return reply
        .code(status)
        .send({ error: error.code ?? 'bad_request', message: sanitizeText(error.message ?? '') })
    },
  )

  app.get(`${SYNC_API}/health`, async () => ({
    ok: true,
    version: options.version,
    minSchemaVersion: MIN_DESK_SCHEMA_VERSION,
  }))

  app.post(`${SYNC_API}/desks/enroll`, async (request, reply) => {
    const parsed = EnrollRequest.safeParse(request.body)
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
    try {
      return await enrollDesk(db, parsed.data, now())
    } catch (error) {
      if (error instanceof AdminError && error.code === 'invalid_code') {
        return reply.code(403).send({ error: 'invalid_code', message: error.message })
      }
      // Another active desk of the office has this desk code; the enrolment code is not spent.
      if (error instanceof AdminError && error.code === 'desk_code_taken') {
        return reply.code(409).send({ error: 'desk_code_taken', message: error.message })
      }
      throw error
    }
  })

  app.post(`${SYNC_API}/sync/push`, async (request, reply) => {
    const desk = await authenticate(request, reply)
    if (!desk) return reply
    const parsed = PushEnvelope.safeParse(request.body)
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
    if (parsed.data.deskId !== desk.id) {
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

  app.get(`${SYNC_API}/sync/pull`, async (request, reply) => {
    const desk = await authenticate(request, reply)
    if (!desk) return reply
    const parsed = PullQuery.safeParse(request.query)
    if (!parsed.success) return reply.code(400).send({ error: 'bad_request', message: parsed.error.message })
    return readPull(db, desk, parsed.data.cursor, parsed.data.limit, now())
  })

  if (options.adminToken) {
    const expected = Buffer.from(`Bearer ${options.adminToken}`)
    registerAdminRoutes(app, db, now, (request) => {
      const given = Buffer.from(request.headers.authorization ?? '')
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
  }
  return app
}
