import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { LoketBridge } from '../../../common/bridge'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke },
}))

beforeAll(async () => {
  await import('../../../electron/preload/index')
})

describe('preload', () => {
  it('exposes window.loket with invoke and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['loket'])
    expect(Object.keys(exposed.get('loket') as object)).toEqual(['invoke'])
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
