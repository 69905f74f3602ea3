import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, ipcChannelName } from '../../../common/channels'
import { registerContract } from '../../../electron/main/ipc'

vi.mock('electron', () => ({}))

type Handler = (event: unknown, input: unknown) => Promise<unknown>

function fakeIpc() {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    handle: vi.fn((name: string, fn: Handler) => handlers.set(name, fn)),
    removeHandler: vi.fn((name: string) => handlers.delete(name)),
  }
}

function eventFrom(url: string, { subframe = false, id = 7 } = {}) {
  const mainFrame = { url: 'file:///app/out/renderer/index.html' }
  const senderFrame = subframe ? { url } : Object.assign(mainFrame, { url })
  return { sender: { id, mainFrame }, senderFrame }
}

const trusted = (url: string, isMainFrame: boolean) =>
  isMainFrame && url === 'file:///app/out/renderer/index.html'

describe('contract on IPC', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const ipc = fakeIpc()
    const unregister = registerContract(ipc, vi.fn(), trusted)
    expect([...ipc.handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort())
    expect(ipc.handle).toHaveBeenCalledTimes(CHANNELS.length)
    unregister()
    expect(ipc.handlers.size).toBe(0)
  })

  it('dispatches a trusted call with the window as the session key', async () => {
    const ipc = fakeIpc()
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'pong' }))
    registerContract(ipc, dispatch, trusted)
    const result = await ipc.handlers.get('loket:settings.get')?.(
      eventFrom('file:///app/out/renderer/index.html', { id: 42 }),
      {},
    )
    expect(result).toEqual({ ok: true, value: 'pong' })
    expect(dispatch).toHaveBeenCalledWith({ clientKey: 'wc:42' }, 'settings.get', {})
  })

  it.each([
    ['another page', eventFrom('https://evil.example/')],
    ['a subframe of the app', eventFrom('file:///app/out/renderer/index.html', { subframe: true })],
    ['a frame that is gone', { sender: { id: 1, mainFrame: {} }, senderFrame: null }],
  ])('refuses %s without reaching the core', async (_name, event) => {
    const ipc = fakeIpc()
    const dispatch = vi.fn()
    registerContract(ipc, dispatch, trusted, () => undefined)
    const result = await ipc.handlers.get('loket:settings.update')?.(event, { officeName: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
