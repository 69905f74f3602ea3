import { notifications } from '@mantine/notifications'
import { useEffect, useRef } from 'react'
import { create } from 'zustand'
import { i18n } from '../../i18n'

/**
 * Ctrl+P (Cmd+P) never prints the window: the browser's print of the app, menus and all, is not a
 * way to print a document (issue 10). A screen with a document to print registers what Ctrl+P does
 * there (its print action's preview); the latest registered wins, as it is the innermost on screen.
 */
interface PrintKeyTargets {
  targets: { id: number; open: () => void }[]
}
const useTargets = create<PrintKeyTargets>(() => ({ targets: [] }))
let nextId = 1

/** While mounted (and `enabled`), Ctrl+P on this screen calls `open`. */
export function usePrintKeyTarget(open: () => void, enabled = true): void {
  const latest = useRef(open)
  useEffect(() => {
    latest.current = open
  })
  useEffect(() => {
    if (!enabled) return
    const id = nextId++
    useTargets.setState((s) => ({ targets: [...s.targets, { id, open: () => latest.current() }] }))
    return () => useTargets.setState((s) => ({ targets: s.targets.filter((target) => target.id !== id) }))
  }, [enabled])
}

/** Elements a person types into: as for every global shortcut (shell/hotkeys.ts), Ctrl+P opens nothing there. */
const TEXT_FIELDS = ['INPUT', 'TEXTAREA', 'SELECT']

function onKeyDown(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'p') return
  // Always: the window's own print is never what the user wants.
  event.preventDefault()
  if (event.repeat) return
  const target = event.target instanceof HTMLElement ? event.target : null
  if (target?.closest('[role="dialog"]')) return
  const { targets } = useTargets.getState()
  const last = targets[targets.length - 1]
  // In a text field a shortcut acts on nothing; a word on where printing is helps, and costs no text.
  const typing = target !== null && (TEXT_FIELDS.includes(target.tagName) || target.isContentEditable)
  if (last && !typing) last.open()
  else
    notifications.show({
      id: 'print-key',
      message: i18n.t(last ? 'printing.shortcut.hint' : 'printing.shortcut.none'),
    })
}

/**
 * Listens for Ctrl+P on the whole window, before anything else (capture), for the window's life.
 * Returns what stops it.
 */
export function installPrintKey(): () => void {
  window.addEventListener('keydown', onKeyDown, true)
  return () => window.removeEventListener('keydown', onKeyDown, true)
}
