import type { LoketBridge } from '../../../common/bridge'
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

/** One key per tab, kept across reloads, so a reload keeps the signed-in session as an Electron window does. */
function clientKey(): string {
  const existing = sessionStorage.getItem(CLIENT_KEY)
  if (existing) return existing
  const created = crypto.randomUUID()
  sessionStorage.setItem(CLIENT_KEY, created)
  return created
}

/**
 * The contract over the web host's loopback HTTP (`POST /rpc/:channel`): the same interface the
 * Electron preload exposes, for development in a browser and for the Playwright tests.
 */
export function createHttpBridge(): LoketBridge {
  const token = takeToken()
  const key = clientKey()
  return {
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
