import { autoUpdater } from 'electron-updater'

/**
 * Checks the generic feed named in electron-builder.yml (served by the office's central server)
 * and installs on quit. Offline is the normal case at a counter: failures are logged, never shown.
 */
export function startAutoUpdate(log: (message: string, error?: unknown) => void): void {
  autoUpdater.autoDownload = true
  autoUpdater.autoInstallOnAppQuit = true
  autoUpdater.on('error', (error) => log('[loket] update check failed', error))
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => log('[loket] update check failed', error))
}
