import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../common/csp'
import {
  displayPolicy,
  hardenContents,
  hardenSession,
  secureWebPreferences,
  trustedRenderer,
} from '../../../electron/main/security'

vi.mock('electron', () => ({}))

describe('window security', () => {
  it('states every security preference explicitly', () => {
    expect(secureWebPreferences('/app/out/preload/index.js')).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('puts a strict CSP on every response and denies every permission', () => {
    let onHeaders:
      | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void)
      | undefined
    let onPermission: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined
    const session = {
      webRequest: { onHeadersReceived: vi.fn((fn: typeof onHeaders) => (onHeaders = fn)) },
      setPermissionRequestHandler: vi.fn((fn: typeof onPermission) => (onPermission = fn)),
      setPermissionCheckHandler: vi.fn(),
    }
    hardenSession(session as never)
    const answered = vi.fn()
    onHeaders?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, answered)
    expect(answered).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    const granted = vi.fn()
    onPermission?.({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    const [check] = session.setPermissionCheckHandler.mock.calls[0] ?? []
    expect((check as () => boolean)()).toBe(false)
  })

  it('denies navigation, redirects, webviews and new windows', () => {
    const handlers = new Map<string, (event: { preventDefault: () => void }) => void>()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = {
      on: vi.fn((name: string, fn: (event: { preventDefault: () => void }) => void) =>
        handlers.set(name, fn),
      ),
      setWindowOpenHandler: vi.fn((fn: typeof openHandler) => (openHandler = fn)),
    }
    hardenContents(contents as never)
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      handlers.get(name)?.(event)
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('opens the waiting-room display, locked down like the desk window, and nothing else', () => {
    let openHandler:
      ((details: { url: string }) => { action: string; overrideBrowserWindowOptions?: unknown }) | undefined
    const contents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn((fn: typeof openHandler) => (openHandler = fn)),
    }
    const index = '/opt/Loket/resources/app.asar/out/renderer/index.html'
    hardenContents(contents as never, displayPolicy(trustedRenderer(index, undefined), '/app/preload.js'))
    const display = openHandler?.({ url: `file://${index}#/display` })
    expect(display).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          preload: '/app/preload.js',
        },
      },
    })
    for (const url of [
      `file://${index}#/settings`,
      'https://example.com/#/display',
      'file:///tmp/x.html#/display',
    ]) {
      expect(openHandler?.({ url }), url).toEqual({ action: 'deny' })
    }
  })

  it('opens the survey kiosk full screen on the other screen, or as a window when there is one screen', () => {
    let openHandler:
      ((details: { url: string }) => { action: string; overrideBrowserWindowOptions?: unknown }) | undefined
    const contents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn((fn: typeof openHandler) => (openHandler = fn)),
    }
    const index = '/opt/Loket/resources/app.asar/out/renderer/index.html'
    let area: { x: number; y: number; width: number; height: number } | null = {
      x: 1920,
      y: 0,
      width: 1366,
      height: 768,
    }
    const policy = displayPolicy(trustedRenderer(index, undefined), '/app/preload.js', () => area)
    hardenContents(contents as never, policy)
    expect(openHandler?.({ url: `file://${index}#/kiosk` })).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        x: 1920,
        width: 1366,
        fullscreen: true,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
      },
    })
    area = null
    const single = openHandler?.({ url: `file://${index}#/kiosk` })
    expect(single).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { width: 1280 } })
    expect(single?.overrideBrowserWindowOptions).not.toHaveProperty('fullscreen')
    expect(openHandler?.({ url: 'https://example.com/#/kiosk' })).toEqual({ action: 'deny' })
  })

  it('trusts only the app renderer main frame', () => {
    const built = trustedRenderer('/opt/Loket/resources/app.asar/out/renderer/index.html', undefined)
    expect(built('file:///opt/Loket/resources/app.asar/out/renderer/index.html', true)).toBe(true)
    expect(built('file:///opt/Loket/resources/app.asar/out/renderer/index.html#/settings', true)).toBe(true)
    expect(built('file:///opt/Loket/resources/app.asar/out/renderer/index.html', false)).toBe(false)
    expect(built('file:///tmp/evil.html', true)).toBe(false)
    expect(built('https://example.com/', true)).toBe(false)
    const dev = trustedRenderer('/repo/out/renderer/index.html', 'http://localhost:5173/')
    expect(dev('http://localhost:5173/#/login', true)).toBe(true)
    expect(dev('http://localhost:5174/', true)).toBe(false)
    expect(dev('not a url', true)).toBe(false)
  })
})
