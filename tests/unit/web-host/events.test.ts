import { EventSource } from 'eventsource'
import { describe, expect, it } from 'vitest'
import { webHostForFile } from '../../helpers/web-host'
import type { CoreEvent } from '../../../common/channels'
import { SETUP } from '../../helpers/temp-core'
import { EVENTS_ROUTE } from '../../web-host/server'

/**
 * Issue 9: the web host carries the core's events to its tabs as server-sent events, as the
 * preload does over IPC in Electron; only a page holding the run's token may listen.
 */
const TOKEN = 'b'.repeat(48)
const suite = webHostForFile(TOKEN)

function listen(token: string) {
  const heard: CoreEvent[] = []
  const source = new EventSource(new URL(EVENTS_ROUTE, suite.host.url), {
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
    await suite.desk.call('setup.run', SETUP)
    const until = Date.now() + 5000
    while (tab.heard.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
    tab.close()
    expect(tab.heard).toEqual([{ topics: ['office', 'users', 'calendar'] }])
  })

  it('refuses a page without the token', async () => {
    const stranger = listen('salah')
    expect(await stranger.opened).toBe(false)
    stranger.close()
    const response = await fetch(new URL(EVENTS_ROUTE, suite.host.url))
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'host_token_missing' } })
  })
})
