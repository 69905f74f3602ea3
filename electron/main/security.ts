import { pathToFileURL } from 'node:url'
import type { Session, WebContents, WebPreferences } from 'electron'
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

/** The page can neither navigate away from the app nor open windows. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
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
