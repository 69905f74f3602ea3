import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { LoketBridge } from '../../../common/bridge'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }))
type IpcListener = (event: unknown, payload: unknown) => void
const listeners = new Map<string, Set<IpcListener>>()
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: IpcListener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    },
    removeListener: (channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener),
  },
}))
const sendFromMain = (channel: string, payload: unknown) => {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc-internals' }, payload)
}

beforeAll(async () => {
  await import('../../../electron/preload/index')
})

describe('preload', () => {
  it('exposes window.loket with invoke and subscribe and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['loket'])
    expect(Object.keys(exposed.get('loket') as object)).toEqual(['invoke', 'subscribe'])
  })

  it('passes the core’s events on as topics only, and stops when asked', () => {
    const bridge = exposed.get('loket') as LoketBridge
    const heard: unknown[] = []
    const stop = bridge.subscribe((event) => heard.push(event))
    sendFromMain('loket-events', { topics: ['visits', 'not-a-topic'], secret: 'x' })
    sendFromMain('loket-events', 'garbage')
    stop()
    sendFromMain('loket-events', { topics: ['sync'] })
    expect(heard).toEqual([{ topics: ['visits'] }])
  })

  it('forwards a contract channel to its IPC channel', async () => {
    const bridge = exposed.get('loket') as LoketBridge
    await bridge.invoke('auth.login', { username: 'siti', password: 'x' })
    expect(invoke).toHaveBeenCalledWith('loket:auth.login', { username: 'siti', password: 'x' })
  })

  it('refuses a name that is not a contract channel without touching IPC', async () => {
    invoke.mockClear()
    const bridge = exposed.get('loket') as LoketBridge
    const result = await bridge.invoke('shell.openExternal' as never, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    expect(invoke).not.toHaveBeenCalled()
  })
})
