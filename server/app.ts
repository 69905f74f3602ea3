import { timingSafeEqual } from 'node:crypto'
import rateLimit from '@fastify/rate-limit'
import sse from '@fastify/sse'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { MAX_PUSH_BYTES } from '../common/sync-protocol'
import type { ServerDb } from './database'
import { answerErrors, refuseUnsafeInput } from './http/guards'
import type { RateLimits } from './http/limits'
import { DEFAULT_RATE_LIMITS, MIN_ADMIN_TOKEN_LENGTH } from './http/limits'
import type { OfficeFeed } from './live/office-feed'
import { registerAdminRoutes } from './routes/admin'
import { registerOfficeRoutes } from './routes/office'
import { PUSH_URL, registerSyncRoutes } from './routes/sync'

export interface ServerOptions {
  db: ServerDb
  version: string
  /** Bearer token of the admin HTTP API, at least 32 characters; the API is off when unset. */
  adminToken?: string
  logger?: FastifyServerOptions['logger']
  now?: () => number
  /** Rate limits (server/http/limits.ts); tests that enrol many desks at once raise them. */
  limits?: Partial<RateLimits>
  /** News of offices whose log grew (server/live/office-feed.ts); without it, desks only poll. */
  feed?: OfficeFeed
}

/** A comment down each desk's event stream this often, under the idle limit of common proxies (60 s). */
const LIVE_HEARTBEAT_MS = 25_000

export class ServerConfigError extends Error {
  override name = 'ServerConfigError'
}

/**
 * The central sync server. It keeps no state outside the database (rate limits aside, which are
 * per instance), so several instances can run behind one load balancer on one PostgreSQL.
 * Throws ServerConfigError for an admin token shorter than 32 characters: a guessable token must
 * stop the start, not open the API.
 */
export function buildServer(options: ServerOptions): FastifyInstance {
  const now = options.now ?? Date.now
  const { db } = options
  const limits: RateLimits = { ...DEFAULT_RATE_LIMITS, ...options.limits }
  const { adminToken } = options
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new ServerConfigError(
      `LOKET_ADMIN_TOKEN has ${adminToken.length} characters; it needs at least ${MIN_ADMIN_TOKEN_LENGTH} ` +
        '(e.g. `openssl rand -hex 24`)',
    )
  }
  // The protocol caps a push at 2 MB of changes; the envelope gets a little room on top.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_PUSH_BYTES + 64 * 1024 })
  refuseUnsafeInput(app, [PUSH_URL])
  answerErrors(app)
  // Limits apply per route (enrolment, failures on the admin API), never to a desk's sync.
  void app.register(rateLimit, { global: false })
  void app.register(sse, { heartbeatInterval: LIVE_HEARTBEAT_MS })
  void app.register(async (api) => {
    registerSyncRoutes(api, db, {
      version: options.version,
      now,
      limits,
      ...(options.feed ? { feed: options.feed } : {}),
    })
    registerOfficeRoutes(api, db, { now, limits })
    if (adminToken) {
      const expected = Buffer.from(`Bearer ${adminToken}`)
      registerAdminRoutes(api, db, now, limits, (request) => {
        const given = Buffer.from(request.headers.authorization ?? '')
        return given.length === expected.length && timingSafeEqual(given, expected)
      })
    }
  })
  return app
}
