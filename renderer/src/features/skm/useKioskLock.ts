import { useBlocker } from '@tanstack/react-router'
import { useEffect } from 'react'

/** Keys a browser or the desk would take as "go elsewhere". */
function isWayOut(event: KeyboardEvent): boolean {
  if (event.key === 'BrowserBack' || event.key === 'BrowserForward') return true
  if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home'))
    return true
  // Alt+digit: the desk's menu shortcuts (DeskShell is not mounted here, but a browser may act on them).
  return event.altKey && /^[0-9]$/.test(event.key)
}

/**
 * While `locked`, the window stays on the kiosk: the router refuses every move away (a link, Back,
 * Alt+←), and the keys that would move are swallowed before the browser sees them. Reloading comes
 * back here anyway (the core keeps the kiosk open, DeskGate sends a locked window to it).
 */
export function useKioskLock(locked: boolean): void {
  useBlocker({ shouldBlockFn: () => locked, enableBeforeUnload: false, disabled: !locked })
  useEffect(() => {
    if (!locked) return
    const swallow = (event: KeyboardEvent) => {
      if (!isWayOut(event)) return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', swallow, true)
    return () => window.removeEventListener('keydown', swallow, true)
  }, [locked])
}
