/**
 * The kiosk window's name. A window opened under it is the kiosk on another screen: the Electron
 * main process places it on the second display (electron/main/security.ts), and the web host's
 * bridge gives it a session of its own rather than the desk tab's it was copied from
 * (renderer/src/api/http-bridge.ts), so the visitor's screen is never signed in.
 */
export const KIOSK_WINDOW_NAME = 'loket-kiosk'

/** Opens (or brings back) the kiosk on another screen; in a browser, a new window or tab. */
export function openKioskWindow(): void {
  window.open('#/kiosk', KIOSK_WINDOW_NAME, 'popup,width=1280,height=800')
}

/** Whether this window is a kiosk opened on another screen (it closes itself when the kiosk ends). */
export function isKioskWindow(): boolean {
  return window.name === KIOSK_WINDOW_NAME
}
