import type { KeyboardEvent } from 'react'

/**
 * The late entry form's keys. Enter moves on to the next field instead of saving half a form
 * (not in a text area, a combobox or a checkbox); Ctrl+Enter saves, and Ctrl+S too unless
 * `canSaveByS` is false (while a new visitor is being registered above).
 */
export function lateFormKeyDown(submit: () => void, canSaveByS: boolean) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyS') {
      event.preventDefault()
      if (canSaveByS) submit()
      return
    }
    if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.shiftKey) return
    const target = event.target as HTMLElement
    if (target instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      submit()
      return
    }
    if (!(target instanceof HTMLInputElement) || target.getAttribute('role') === 'combobox') return
    if (target.type === 'checkbox') return
    event.preventDefault()
    const fields = Array.from(
      event.currentTarget.querySelectorAll<HTMLElement>('input:not([disabled]):not([type=hidden]), textarea'),
    )
    fields[fields.indexOf(target) + 1]?.focus()
  }
}
