import { join } from 'node:path'

export interface AppLocation {
  isPackaged: boolean
  /** app.getAppPath(): the repository in development, the asar in an installed app. */
  appPath: string
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string
  /** app.getPath('userData'). */
  userData: string
}

export interface DeskPaths {
  dataDir: string
  migrationsFolder: string
  /** resources/: built-in procedures and holiday calendars (extraResources when installed). */
  resourcesFolder: string
  /** better-sqlite3 built against Electron's ABI, kept apart from the Node build the tests use. */
  nativeBinding: string
  preload: string
  rendererIndex: string
}

/** Where everything is, in development and when installed (see electron-builder.yml's extraResources). */
export function deskPaths(location: AppLocation, mainDir: string): DeskPaths {
  const resources = location.isPackaged ? location.resourcesPath : location.appPath
  return {
    dataDir: join(location.userData, 'data'),
    migrationsFolder: location.isPackaged
      ? join(resources, 'migrations')
      : join(resources, 'db', 'migrations'),
    resourcesFolder: join(resources, 'resources'),
    nativeBinding: location.isPackaged
      ? join(resources, 'native', 'better_sqlite3.node')
      : join(
          resources,
          '.electron-native',
          'node_modules',
          'better-sqlite3',
          'build',
          'Release',
          'better_sqlite3.node',
        ),
    preload: join(mainDir, '..', 'preload', 'index.js'),
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
  }
}
