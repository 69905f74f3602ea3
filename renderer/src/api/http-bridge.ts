import { EventSource } from 'eventsource'
import type { CoreEventListener, LoketBridge } from '../../../common/bridge'
import { TOPICS, readCoreEvent } from '../../../common/channels'
import { LoketError } from '../../../common/errors'
import type { RpcResult } from '../../../common/errors'

const TOKEN_KEY = 'loket.webToken'
const CLIENT_KEY = 'loket.clientKey'

/**
 * Takes the web host's per-run token from `#token=…` once, keeps it for reloads, and clears it from
 * the address bar. Whatever was given is kept and sent as it is: the host alone judges it, and a
 * mistyped token then meets the host's own message ("token … salah") instead of a sign-in prompt.
 */
function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

/**
 * One key per tab, kept across reloads, so a reload keeps the signed-in session as an Electron window does.
 * The survey kiosk opened on another screen (window name `loket-kiosk`, features/skm/kiosk-window.ts)
 * keeps its own: the browser copied the desk tab's storage into it, and it must not be signed in.
 */
function clientKey(): string {
  const name = window.name === 'loket-kiosk' ? `${CLIENT_KEY}.kiosk` : CLIENT_KEY
  const existing = sessionStorage.getItem(name)
  if (existing) return existing
  const created = crypto.randomUUID()
  sessionStorage.setItem(name, created)
  return created
}

/**
 * The core's events from the web host's `GET /events` (server-sent events), one stream for all the
 * tab's listeners, open while any listens. The `eventsource` package rather than the browser's own
 * EventSource, because the stream needs the token in a header (never in the address, where logs
 * keep it). Each (re)connection is told as an event of every topic: what changed while the stream
 * was down, or before it first opened, is unknown, so every screen asks again once.
 */
function eventStream(token: string | null): (listener: CoreEventListener) => () => void {
  const listeners = new Set<CoreEventListener>()
  let source: EventSource | null = null
  const tell = (payload: unknown) => {
    const event = readCoreEvent(payload)
    if (event) for (const listener of [...listeners]) listener(event)
  }
  const open = () => {
    const stream = new EventSource('/events', {
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token ?? ''}` } }),
    })
    stream.addEventListener('open', () => tell({ topics: TOPICS }))
    stream.addEventListener('message', (message) => {
      try {
        tell(JSON.parse(message.data))
      } catch {
        // Not an event of the core's: nothing to refresh.
      }
    })
    return stream
  }
  return (listener) => {
    listeners.add(listener)
    source ??= open()
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0) {
        source?.close()
        source = null
      }
    }
  }
}

/**
 * The contract over the web host's loopback HTTP (`POST /rpc/:channel`, `GET /events`): the same
 * interface the Electron preload exposes, for development in a browser and for the Playwright tests.
 */
export function createHttpBridge(): LoketBridge {
  const token = takeToken()
  const key = clientKey()
  return {
    subscribe: eventStream(token),
    async invoke(channel, input) {
      try {
        const response = await fetch(`/rpc/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token ?? ''}`,
            'X-Loket-Client': key,
          },
          body: JSON.stringify(input ?? {}),
        })
        // Every answer of the web host, its own refusals included, is in the contract's shape.
        return (await response.json()) as RpcResult<unknown>
      } catch {
        return { ok: false, error: new LoketError('internal_error').toRpcError() }
      }
    },
  }
}
