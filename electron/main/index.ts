import { app, safeStorage } from 'electron'
import { createCore } from '../../core/app'
import { runDeskApp } from './lifecycle'
import { deskPaths } from './paths'
import { startAutoUpdate } from './updater'

const paths = deskPaths(
  {
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
  },
  __dirname,
)

runDeskApp({
  paths,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  startCore: () =>
    createCore({
      dataDir: paths.dataDir,
      migrationsFolder: paths.migrationsFolder,
      resourcesFolder: paths.resourcesFolder,
      nativeBinding: paths.nativeBinding,
      appVersion: app.getVersion(),
      // The desk token is sealed with the OS keychain where Electron can reach one.
      ...(safeStorage.isEncryptionAvailable()
        ? {
            secrets: {
              seal: (plain: string) => safeStorage.encryptString(plain).toString('base64'),
              open: (sealed: string) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
            },
          }
        : {}),
    }),
  startAutoUpdate: () => startAutoUpdate((message, error) => console.error(message, error)),
})
