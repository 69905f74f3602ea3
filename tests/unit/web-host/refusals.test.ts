import { describe, expect, it } from 'vitest'
import { webHostForFile } from '../../helpers/web-host'
import { errorCatalog } from '../../../common/errors'

/**
 * Issue 7, fault 8: the web host's own 400/401/413/415 answers were not in the contract's
 * `{ ok: false, error: { code, message: { id, en } } }` shape, so the UI could not say them.
 */
const TOKEN = 'a'.repeat(48)
const suite = webHostForFile(TOKEN)

async function rpc(init: { path?: string; headers?: Record<string, string>; body?: string }) {
  const response = await fetch(new URL(init.path ?? 'rpc/app.info', suite.host.url), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'x-loket-client': 'client-key-1',
      'content-type': 'application/json',
      ...init.headers,
    },
    body: init.body ?? '{}',
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

const refusal = (code: keyof typeof errorCatalog) => ({
  ok: false,
  error: { code, message: errorCatalog[code] },
})

describe('the web host’s own refusals', () => {
  it('answer in the contract’s shape, with a message in both languages', async () => {
    expect(await rpc({ headers: { authorization: 'Bearer salah' } })).toEqual({
      status: 401,
      body: refusal('host_token_wrong'),
    })
    // Not hexadecimal, or cut short when copied: the page address is wrong, not the user's sign-in.
    for (const token of ['zz-not-hex', 'abc', `${'0'.repeat(48)}%E2%80%8B`]) {
      expect(await rpc({ headers: { authorization: `Bearer ${token}` } })).toEqual({
        status: 401,
        body: refusal('host_token_wrong'),
      })
    }
    for (const authorization of ['', 'Bearer ', 'Basic abc']) {
      expect(await rpc({ headers: { authorization } })).toEqual({
        status: 401,
        body: refusal('host_token_missing'),
      })
    }
    expect(await rpc({ headers: { 'x-loket-client': '!' } })).toEqual({
      status: 400,
      body: refusal('bad_request'),
    })
    expect(await rpc({ body: '{"broken' })).toEqual({ status: 400, body: refusal('bad_request') })
    expect(await rpc({ headers: { 'content-type': 'text/plain' }, body: 'x' })).toEqual({
      status: 415,
      body: refusal('unsupported_media_type'),
    })
    expect(await rpc({ body: JSON.stringify({ x: 'a'.repeat(3 * 1024 * 1024) }) })).toEqual({
      status: 413,
      body: refusal('payload_too_large'),
    })
    expect(await rpc({ path: 'somewhere/else' })).toEqual({ status: 404, body: refusal('unknown_channel') })
    expect((await rpc({})).body).toMatchObject({ ok: true })
  })
})
