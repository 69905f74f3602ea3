/**
 * What a person has typed into a form, kept in the desk's local storage until it is saved or
 * discarded, so a reload, a crash or a validation error never loses it (PRODUCT.md: never lose a
 * visitor's record). Keys are per form; a form's draft is removed once the core confirmed the save.
 */
const PREFIX = 'loket.draft.'

export function loadDraft<V>(key: string): V | null {
  const raw = localStorage.getItem(PREFIX + key)
  if (!raw) return null
  try {
    return JSON.parse(raw) as V
  } catch {
    localStorage.removeItem(PREFIX + key)
    return null
  }
}

export function saveDraft<V>(key: string, values: V): void {
  localStorage.setItem(PREFIX + key, JSON.stringify(values))
}

export function clearDraft(key: string): void {
  localStorage.removeItem(PREFIX + key)
}
