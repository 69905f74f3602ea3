import { BrowserWindow, app, dialog, ipcMain, powerMonitor, screen, session, webContents } from 'electron'
import type { LoketCore } from '../../core/app'
import { DatabaseOpenError } from '../../db'
import { forwardCoreEvents } from './events'
import { clientKeyOf, registerContract } from './ipc'
import type { DeskPaths } from './paths'
import { displayPolicy, hardenContents, hardenSession, trustedRenderer } from './security'
import { createDeskWindow } from './window'

export interface LifecycleOptions {
  paths: DeskPaths
  devServerUrl: string | undefined
  startCore: () => LoketCore
  startAutoUpdate: () => void
}

/**
 * The app's life: one instance, a core opened before any window (so migrations run first), the
 * contract on IPC, and the database closed exactly once on the way out.
 */
export function runDeskApp(options: LifecycleOptions): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  let core: LoketCore | null = null
  let window: BrowserWindow | null = null

  const closeCore = () => {
    core?.close()
    core = null
  }

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  const isTrusted = trustedRenderer(options.paths.rendererIndex, options.devServerUrl)
  // The survey kiosk goes to a screen other than the desk window's, when there is one.
  const kioskArea = () => {
    const desk = window ? screen.getDisplayMatching(window.getBounds()) : screen.getPrimaryDisplay()
    return screen.getAllDisplays().find((each) => each.id !== desk.id)?.bounds ?? null
  }
  const display = displayPolicy(isTrusted, options.paths.preload, kioskArea)
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, display))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', closeCore)

  const openWindow = () => {
    window = createDeskWindow({
      preload: options.paths.preload,
      rendererIndex: options.paths.rendererIndex,
      devServerUrl: options.devServerUrl,
      onClosed: (id) => {
        core?.endClient(clientKeyOf(id))
        window = null
      },
    })
  }

  void app.whenReady().then(() => {
    try {
      core = options.startCore()
    } catch (error) {
      const message =
        error instanceof DatabaseOpenError
          ? `${error.userMessage.id}\n\n${error.userMessage.en}`
          : `Loket tidak dapat dimulai.\n\nLoket could not start.\n\n${String(error)}`
      dialog.showErrorBox('Loket', message)
      app.exit(1)
      return
    }
    const started = core
    hardenSession(session.defaultSession)
    registerContract(ipcMain, (call, channel, input) => started.dispatch(call, channel, input), isTrusted)
    forwardCoreEvents(
      (listener) => started.events.subscribe(listener),
      () => webContents.getAllWebContents(),
      isTrusted,
    )
    openWindow()
    // Sync runs in the main process beside the core; waking from sleep usually means a new network.
    started.sync.start()
    powerMonitor.on('resume', () => started.sync.online())
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
    if (app.isPackaged) options.startAutoUpdate()
  })
}
