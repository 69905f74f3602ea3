import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../common/csp'

/** Stated, not inherited (Electron's security checklist): nothing of Node reaches the page. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  }
}

/** Every response carries the CSP, and the page may ask for no permission (camera, notifications, …). */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** A screen's area in the desktop's coordinates (Electron's Rectangle). */
export interface ScreenArea {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The windows the page may open, both the app's own page at a public route: the waiting-room
 * display (`#/display`) and the survey kiosk on another screen (`#/kiosk`, issue 12).
 */
export interface DisplayPolicy {
  isDisplay(url: string): boolean
  isKiosk(url: string): boolean
  preload: string
  /** The screen a kiosk window fills: one other than the desk window's; null with a single screen. */
  kioskArea?: () => ScreenArea | null
}

/** Each is the app's renderer (checked as any caller of the contract is) at its public route. */
export function displayPolicy(
  isTrusted: (url: string, isMainFrame: boolean) => boolean,
  preload: string,
  kioskArea?: () => ScreenArea | null,
): DisplayPolicy {
  const at = (url: string, hash: string) => {
    if (!isTrusted(url, true)) return false
    try {
      return new URL(url).hash === hash
    } catch {
      return false
    }
  }
  return {
    preload,
    isDisplay: (url) => at(url, '#/display'),
    isKiosk: (url) => at(url, '#/kiosk'),
    ...(kioskArea ? { kioskArea } : {}),
  }
}

/**
 * The kiosk window: as locked down as the desk window, full screen on the other screen when there
 * is one (the visitor's side of the counter), else an ordinary window the officer can move there.
 */
export function kioskWindowOptions(
  preload: string,
  area: ScreenArea | null,
): BrowserWindowConstructorOptions {
  return {
    ...(area ? { ...area, fullscreen: true } : { width: 1280, height: 800 }),
    title: 'Loket — Kios survei',
    autoHideMenuBar: true,
    backgroundColor: '#e7f5f5',
    webPreferences: secureWebPreferences(preload),
  }
}

/**
 * The display window: as locked down as the desk window, and allowed to chime without a click,
 * since nobody touches a TV in the waiting room.
 */
export function displayWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    title: 'Loket — Layar antrean',
    autoHideMenuBar: true,
    backgroundColor: '#0b2e30',
    webPreferences: { ...secureWebPreferences(preload), autoplayPolicy: 'no-user-gesture-required' },
  }
}

/** The page can neither navigate away from the app nor open windows, but for the display and the kiosk. */
export function hardenContents(contents: WebContents, display?: DisplayPolicy): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (display?.isDisplay(url)) {
      return { action: 'allow', overrideBrowserWindowOptions: displayWindowOptions(display.preload) }
    }
    if (display?.isKiosk(url)) {
      const options = kioskWindowOptions(display.preload, display.kioskArea?.() ?? null)
      return { action: 'allow', overrideBrowserWindowOptions: options }
    }
    return { action: 'deny' }
  })
}

/**
 * Decides which pages may call the contract: only the app's own renderer (the built file, or the
 * electron-vite dev server in development), and only its main frame.
 */
export function trustedRenderer(rendererIndex: string, devServerUrl: string | undefined) {
  const fileUrl = pathToFileURL(rendererIndex).href
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null
  return (url: string, isMainFrame: boolean): boolean => {
    if (!isMainFrame) return false
    if (url === fileUrl || url.startsWith(`${fileUrl}#`) || url.startsWith(`${fileUrl}?`)) return true
    if (!devOrigin) return false
    try {
      return new URL(url).origin === devOrigin
    } catch {
      return false
    }
  }
}
