import type { HotkeyItem } from '@mantine/hooks'
// The one place that may: every other screen goes through useGlobalHotkeys (eslint.config.mjs).
// eslint-disable-next-line no-restricted-imports
import { useHotkeys } from '@mantine/hooks'

/**
 * Elements a person types into. A global shortcut never fires while one of these has the focus: a
 * `/` in a note (`ADU/2026/0412`), a digit in a phone number or Alt+1 in a name is text, not a
 * command (issue 8, fault 7). Mantine compares tag names and skips contenteditable on its own.
 */
const TEXT_FIELDS = ['INPUT', 'TEXTAREA', 'SELECT']

/**
 * Shortcuts of a whole screen, listened for on the document: they fire wherever the focus is except
 * in a text field or inside an open dialog. Shortcuts that belong to a form (Ctrl+S saves it, Ctrl+Enter submits it, Escape
 * closes it) are not global: bind them to the form's own element with `getHotkeyHandler`, so they
 * act on the form the focus is in and on nothing else.
 *
 * Takes Mantine's `[keys, handler, options?]` items ('alt+1', 'F2', 'mod+Enter'); returns nothing.
 */
export function useGlobalHotkeys(hotkeys: HotkeyItem[]): void {
  useHotkeys(
    hotkeys.map(([keys, handler, options]) => [
      keys,
      (event) => {
        // A dialog owns the keyboard while open: its Escape closes it and nothing behind it.
        if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return
        handler(event)
      },
      options,
    ]),
    TEXT_FIELDS,
    false,
  )
}
