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

/** The one window the page may open: the waiting-room display, the app's own page at `#/display`. */
export interface DisplayPolicy {
  isDisplay(url: string): boolean
  preload: string
}

/** The display is the app's renderer (checked as any caller of the contract is) at its display route. */
export function displayPolicy(
  isTrusted: (url: string, isMainFrame: boolean) => boolean,
  preload: string,
): DisplayPolicy {
  return {
    preload,
    isDisplay(url) {
      if (!isTrusted(url, true)) return false
      try {
        return new URL(url).hash === '#/display'
      } catch {
        return false
      }
    },
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

/** The page can neither navigate away from the app nor open windows, but for the waiting-room display. */
export function hardenContents(contents: WebContents, display?: DisplayPolicy): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) =>
    display?.isDisplay(url)
      ? { action: 'allow', overrideBrowserWindowOptions: displayWindowOptions(display.preload) }
      : { action: 'deny' },
  )
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
