import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import fastifySse from '@fastify/sse'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorCode, RpcResult } from '../../common/errors'
import { LoketError } from '../../common/errors'
import type { LoketCore } from '../../core/app'
import { CONTENT_SECURITY_POLICY } from '../../common/csp'

export interface WebHostOptions {
  core: LoketCore
  rendererDir: string
  token: string
  host?: string
  port?: number
}

export interface WebHost {
  url: string
  close(): Promise<void>
}

const CLIENT_KEY = /^[A-Za-z0-9-]{8,100}$/
/** The path of the core's events as server-sent events (the preload's `subscribe` in Electron). */
export const EVENTS_ROUTE = '/events'
/** Comments on an idle stream, so nothing between the tab and the host takes it for dead. */
const HEARTBEAT_MS = 25_000

/** A refusal of the host itself, in the contract's shape (common/errors.ts). */
function refuse(reply: FastifyReply, status: number, code: ErrorCode) {
  const result: RpcResult<never> = { ok: false, error: new LoketError(code).toRpcError() }
  return reply.code(status).send(result)
}

/**
 * Serves the built renderer and the contract as `POST /rpc/:channel` on loopback, so the same UI
 * runs in any browser. Each call must carry the per-run token (so no other local page can drive
 * the desk) and a client key (the tab's session, as an Electron window has its own).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  if (!existsSync(options.rendererDir)) {
    throw new Error(`renderer not built: ${options.rendererDir} is missing (run npm run build)`)
  }
  const host = options.host ?? '127.0.0.1'
  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 })
  // The contract travels as JSON only.
  app.removeContentTypeParser('text/plain')
  const expected = Buffer.from(`Bearer ${options.token}`)
  let allowedHosts: string[] = []

  app.addHook('onRequest', async (request, reply) => {
    // Loopback only, by name too: refuses DNS-rebinding pages that resolve their own host to 127.0.0.1.
    if (!allowedHosts.includes(request.headers.host ?? '')) return refuse(reply, 421, 'bad_request')
  })
  // The host's own refusals (a body that is not JSON, too large, of another type) speak the
  // contract's shape, `{ ok: false, error: { code, message: { id, en } } }`, like the core's.
  app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413) return refuse(reply, 413, 'payload_too_large')
    if (status === 415) return refuse(reply, 415, 'unsupported_media_type')
    if (status >= 400 && status < 500) return refuse(reply, status, 'bad_request')
    return refuse(reply, 500, 'internal_error')
  })
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('Referrer-Policy', 'no-referrer')
  })

  /** The per-run token's refusal, or null when the request carries it. */
  const tokenProblem = (request: FastifyRequest): ErrorCode | null => {
    const header = request.headers.authorization ?? ''
    // Signing in cannot mend a missing or wrong page token: say which, so the user opens the right address.
    if (!/^Bearer \S/.test(header)) return 'host_token_missing'
    const auth = Buffer.from(header)
    return auth.length === expected.length && timingSafeEqual(auth, expected) ? null : 'host_token_wrong'
  }

  app.post<{ Params: { channel: string } }>('/rpc/:channel', async (request, reply) => {
    const problem = tokenProblem(request)
    if (problem) return refuse(reply, 401, problem)
    const clientKey = request.headers['x-loket-client']
    if (typeof clientKey !== 'string' || !CLIENT_KEY.test(clientKey)) {
      return refuse(reply, 400, 'bad_request')
    }
    return options.core.dispatch(
      { clientKey: `web:${clientKey}` },
      request.params.channel,
      request.body ?? {},
    )
  })

  // The core's events, to every tab holding the token (the waiting-room display has no session: an
  // event names topics, never data). Closing the host ends the streams, or it would wait for them.
  await app.register(fastifySse, { heartbeatInterval: HEARTBEAT_MS })
  const streams = new Set<{ close(): void }>()
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.close()
  })
  app.get(EVENTS_ROUTE, { sse: 'manual' }, async (request, reply) => {
    const problem = tokenProblem(request)
    if (problem) return refuse(reply, 401, problem)
    reply.sse.keepAlive()
    const stream = reply.sse
    // Open for the tab at once, not at the first event: it learns it is connected (and asks again).
    // Node holds a head back until the first chunk of body; an idle office would keep it waiting.
    stream.sendHeaders()
    reply.raw.flushHeaders()
    const unsubscribe = options.core.events.subscribe((event) => {
      if (stream.isConnected) stream.send({ data: event }).catch(() => undefined)
    })
    streams.add(stream)
    stream.onClose(() => {
      unsubscribe()
      streams.delete(stream)
    })
    return reply
  })

  await app.register(fastifyStatic, { root: options.rendererDir, wildcard: false, index: 'index.html' })
  // The renderer is a single page: unknown paths fall back to it.
  app.setNotFoundHandler((request, reply) =>
    request.method === 'GET' ? reply.sendFile('index.html') : refuse(reply, 404, 'unknown_channel'),
  )

  await app.listen({ host, port: options.port ?? 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)
  allowedHosts = [`${host}:${port}`, `localhost:${port}`]
  return { url: `http://${host}:${port}/`, close: () => app.close() }
}
