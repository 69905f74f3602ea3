import { timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import Fastify from 'fastify'
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
  const expected = Buffer.from(`Bearer ${options.token}`)
  let allowedHosts: string[] = []

  app.addHook('onRequest', async (request, reply) => {
    // Loopback only, by name too: refuses DNS-rebinding pages that resolve their own host to 127.0.0.1.
    if (!allowedHosts.includes(request.headers.host ?? '')) return reply.code(421).send('misdirected request')
  })
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('Referrer-Policy', 'no-referrer')
  })

  app.post<{ Params: { channel: string } }>('/rpc/:channel', async (request, reply) => {
    const auth = Buffer.from(request.headers.authorization ?? '')
    if (auth.length !== expected.length || !timingSafeEqual(auth, expected)) {
      return reply.code(401).send({ ok: false, error: { code: 'unauthenticated' } })
    }
    const clientKey = request.headers['x-loket-client']
    if (typeof clientKey !== 'string' || !CLIENT_KEY.test(clientKey)) {
      return reply.code(400).send({ ok: false, error: { code: 'unauthenticated' } })
    }
    return options.core.dispatch(
      { clientKey: `web:${clientKey}` },
      request.params.channel,
      request.body ?? {},
    )
  })

  await app.register(fastifyStatic, { root: options.rendererDir, wildcard: false, index: 'index.html' })
  // The renderer is a single page: unknown paths fall back to it.
  app.setNotFoundHandler((request, reply) =>
    request.method === 'GET' ? reply.sendFile('index.html') : reply.code(404).send({ error: 'not found' }),
  )

  await app.listen({ host, port: options.port ?? 0 })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)
  allowedHosts = [`${host}:${port}`, `localhost:${port}`]
  return { url: `http://${host}:${port}/`, close: () => app.close() }
}
