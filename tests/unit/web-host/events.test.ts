import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EventSource } from 'eventsource'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreEvent } from '../../../common/channels'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore } from '../../helpers/temp-core'
import type { WebHost } from '../../web-host/server'
import { EVENTS_ROUTE, startWebHost } from '../../web-host/server'

/**
 * Issue 9: the web host carries the core's events to its tabs as server-sent events, as the
 * preload does over IPC in Electron; only a page holding the run's token may listen.
 */
const TOKEN = 'b'.repeat(48)
let desk: TempCore
let host: WebHost
const rendererDir = mkdtempSync(join(tmpdir(), 'loket-renderer-'))

beforeAll(async () => {
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title>')
  desk = tempCore()
  host = await startWebHost({ core: desk.core, rendererDir, token: TOKEN })
})
afterAll(async () => {
  await host.close()
  desk.dispose()
  rmSync(rendererDir, { recursive: true, force: true })
})

function listen(token: string) {
  const heard: CoreEvent[] = []
  const source = new EventSource(new URL(EVENTS_ROUTE, host.url), {
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }),
  })
  source.addEventListener('message', (message) => heard.push(JSON.parse(message.data) as CoreEvent))
  const opened = new Promise<boolean>((resolve) => {
    source.addEventListener('open', () => resolve(true))
    source.addEventListener('error', () => resolve(false))
  })
  return { heard, opened, close: () => source.close() }
}

describe('the web host’s stream of the core’s events', () => {
  it('tells a tab with the token what a command changed', async () => {
    const tab = listen(TOKEN)
    expect(await tab.opened).toBe(true)
    await desk.call('setup.run', SETUP)
    const until = Date.now() + 5000
    while (tab.heard.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
    tab.close()
    expect(tab.heard).toEqual([{ topics: ['office', 'users', 'calendar'] }])
  })

  it('refuses a page without the token', async () => {
    const stranger = listen('salah')
    expect(await stranger.opened).toBe(false)
    stranger.close()
    const response = await fetch(new URL(EVENTS_ROUTE, host.url))
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'host_token_missing' } })
  })
})
