import { BrowserWindow } from 'electron'
import { secureWebPreferences } from './security'

export interface DeskWindowOptions {
  preload: string
  rendererIndex: string
  devServerUrl: string | undefined
  onClosed: (webContentsId: number) => void
}

/** The desk window: shown only once painted, so a receptionist never sees a white flash. */
export function createDeskWindow(options: DeskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Loket',
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#f5f7f8',
    webPreferences: secureWebPreferences(options.preload),
  })
  const webContentsId = window.webContents.id
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => options.onClosed(webContentsId))
  if (options.devServerUrl) void window.loadURL(options.devServerUrl)
  else void window.loadFile(options.rendererIndex)
  return window
}
