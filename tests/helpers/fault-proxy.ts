import { createServer, request as httpRequest } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the proxy does to one request: the faults SYNC-PROTOCOL.md says a desk must survive. */
export type Fault =
  | 'pass'
  | 'drop_request'
  | 'delay'
  | 'reorder'
  | 'duplicate'
  | 'cut_request'
  | 'cut_response'
  | 'drop_response'

export interface FaultProxy {
  url: string
  counts: Record<Fault, number>
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function forward(
  target: string,
  request: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const headers = new Headers()
  for (const [key, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(key))
      headers.set(key, value)
  }
  const response = await fetch(new URL(request.url ?? '/', target), {
    method: request.method ?? 'GET',
    headers,
    ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
  })
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  }
}

/** Announces the whole body to the server but sends only half of it, then hangs up. */
function sendHalf(target: string, request: IncomingMessage, body: Buffer): Promise<void> {
  return new Promise((done) => {
    const url = new URL(request.url ?? '/', target)
    const upstream = httpRequest(url, {
      method: request.method,
      headers: { ...request.headers, host: url.host, 'content-length': String(body.length) },
    })
    upstream.on('error', () => done())
    upstream.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      upstream.destroy()
      done()
    })
  })
}

function reply(response: ServerResponse, answer: { status: number; headers: Headers; body: Buffer }): void {
  response.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'application/json',
  })
  response.end(answer.body)
}

/**
 * An HTTP proxy on 127.0.0.1 that drops, delays, reorders, duplicates and cuts requests and responses as
 * `pick` decides, including dropping the response after the server has committed.
 */
export async function startFaultProxy(target: () => string, pick: () => Fault): Promise<FaultProxy> {
  const counts: Record<Fault, number> = {
    pass: 0,
    drop_request: 0,
    delay: 0,
    reorder: 0,
    duplicate: 0,
    cut_request: 0,
    cut_response: 0,
    drop_response: 0,
  }
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request)
      const fault = pick()
      counts[fault]++
      try {
        switch (fault) {
          case 'drop_request':
            request.socket.destroy()
            return
          case 'delay':
            await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 80)))
            return reply(response, await forward(target(), request, body))
          case 'reorder':
            // Held long enough that other desks' requests (and this desk's next one, after a retry) overtake it.
            await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(Math.random() * 400)))
            return reply(response, await forward(target(), request, body))
          case 'cut_request':
            await sendHalf(target(), request, body)
            request.socket.destroy()
            return
          case 'duplicate': {
            const [, second] = await Promise.allSettled([
              forward(target(), request, body),
              forward(target(), request, body),
            ])
            if (second.status === 'rejected') throw second.reason
            return reply(response, second.value)
          }
          case 'cut_response': {
            const answer = await forward(target(), request, body)
            response.writeHead(answer.status, {
              'content-type': 'application/json',
              'content-length': answer.body.length,
            })
            response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)))
            request.socket.destroy()
            return
          }
          case 'drop_response':
            await forward(target(), request, body)
            request.socket.destroy()
            return
          case 'pass':
            return reply(response, await forward(target(), request, body))
        }
      } catch {
        // The server is down (killed by the test): the desk sees a broken connection.
        request.socket.destroy()
      }
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
