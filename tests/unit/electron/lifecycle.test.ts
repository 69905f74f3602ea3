import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { LoketCore } from '../../../core/app'
import { DatabaseOpenError } from '../../../db'

class FakeApp extends EventEmitter {
  isPackaged = false
  lock = true
  requestSingleInstanceLock = vi.fn(() => this.lock)
  quit = vi.fn()
  exit = vi.fn()
  ready: () => void = () => undefined
  whenReady = vi.fn(() => new Promise<void>((resolve) => (this.ready = resolve)))
}

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = []
  webContents = { id: 99 }
  options: unknown
  constructor(options: unknown) {
    super()
    this.options = options
    FakeWindow.all.push(this)
  }
  static getAllWindows = () => FakeWindow.all
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => true)
  loadFile = vi.fn(async () => undefined)
  loadURL = vi.fn(async () => undefined)
}

const electron = vi.hoisted(() => ({
  app: undefined as unknown as FakeApp,
  dialog: { showErrorBox: vi.fn() },
  powerMonitor: { on: vi.fn() },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  },
  BrowserWindow: undefined as unknown,
  webContents: { getAllWebContents: vi.fn(() => []) },
}))
vi.mock('electron', () => electron)

const { runDeskApp } = await import('../../../electron/main/lifecycle')

const paths = {
  dataDir: '/data',
  migrationsFolder: '/app/db/migrations',
  resourcesFolder: '/app/resources',
  nativeBinding: '/app/native.node',
  preload: '/app/out/preload/index.js',
  rendererIndex: '/app/out/renderer/index.html',
}

function fakeCore(): LoketCore {
  return {
    dispatch: vi.fn(),
    endClient: vi.fn(),
    close: vi.fn(),
    sync: { start: vi.fn(), stop: vi.fn(), online: vi.fn() },
    events: { subscribe: vi.fn(() => () => undefined) },
  }
}

async function start(startCore: () => LoketCore) {
  const startAutoUpdate = vi.fn()
  runDeskApp({ paths, devServerUrl: undefined, startCore, startAutoUpdate })
  electron.app.ready()
  await new Promise((resolve) => setImmediate(resolve))
  return { startAutoUpdate }
}

beforeEach(() => {
  electron.app = new FakeApp()
  electron.BrowserWindow = FakeWindow
  FakeWindow.all = []
  vi.clearAllMocks()
})

describe('desk app lifecycle', () => {
  it('quits at once when another instance holds the lock', () => {
    electron.app.lock = false
    const startCore = vi.fn(fakeCore)
    runDeskApp({ paths, devServerUrl: undefined, startCore, startAutoUpdate: vi.fn() })
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('opens the core before the window, registers the contract, and focuses on a second launch', async () => {
    const core = fakeCore()
    await start(() => core)
    expect(electron.ipcMain.handle).toHaveBeenCalled()
    expect(FakeWindow.all).toHaveLength(1)
    const window = FakeWindow.all[0]
    expect(window?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } })
    expect(window?.loadFile).toHaveBeenCalledWith(paths.rendererIndex)
    expect(core.sync.start).toHaveBeenCalled()
    electron.app.emit('second-instance')
    expect(window?.restore).toHaveBeenCalled()
    expect(window?.focus).toHaveBeenCalled()
  })

  it('forgets the window session when the window closes, and closes the database once on quit', async () => {
    const core = fakeCore()
    await start(() => core)
    FakeWindow.all[0]?.emit('closed')
    expect(core.endClient).toHaveBeenCalledWith('wc:99')
    electron.app.emit('will-quit')
    electron.app.emit('will-quit')
    expect(core.close).toHaveBeenCalledTimes(1)
  })

  it('refuses to start on a database it must not touch, saying why in both languages', async () => {
    await start(() => {
      throw new DatabaseOpenError('database_newer_than_app', 'test')
    })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Loket',
      expect.stringMatching(/lebih baru[\s\S]*newer version/),
    )
    expect(electron.app.exit).toHaveBeenCalledWith(1)
    expect(FakeWindow.all).toHaveLength(0)
  })

  it('checks for updates only when installed', async () => {
    const dev = await start(fakeCore)
    expect(dev.startAutoUpdate).not.toHaveBeenCalled()
    electron.app = new FakeApp()
    electron.app.isPackaged = true
    const packaged = await start(fakeCore)
    expect(packaged.startAutoUpdate).toHaveBeenCalled()
  })
})
