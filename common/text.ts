import { z } from 'zod'

/**
 * What text may hold anywhere in Loket: no C0 control character but tab, line feed and carriage
 * return, no DEL, no C1 control character, and no unpaired UTF-16 surrogate.
 *
 * Why (issue 7, fault 2): PostgreSQL refuses U+0000 and unpaired surrogates in `text` and `jsonb`
 * (a visitor named `Budi\u0000Nul` made the central server answer 500 to the push, and the desk
 * retried that batch for ever); a lone surrogate cannot be encoded as UTF-8 at all, so it breaks
 * every file, print and export it reaches; and no person types control characters into a form —
 * they come from a broken paste or a barcode scanner's prefix. Refused at every boundary (the
 * contract's dispatcher, every endpoint of the central server, every synced row), with a message.
 */
// The `u` flag makes a lone surrogate one code point, so \p{Cs} matches it and not a valid pair.
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's job
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u

/** True when `text` holds none of the characters refused above. */
export function isSafeText(text: string): boolean {
  return !UNSAFE_CHARACTER.test(text)
}

/**
 * `text` with every refused character replaced by U+FFFD, for messages and logs that quote what
 * came from outside (a rejected change's table name, a zod message naming an unknown key).
 */
export function sanitizeText(text: string, maxLength = 500): string {
  const clean = text.replace(new RegExp(UNSAFE_CHARACTER.source, 'gu'), '\uFFFD')
  // By code points, so the cut never splits a surrogate pair into a new lone surrogate.
  return Array.from(clean).slice(0, maxLength).join('')
}

/** How deep a JSON value from outside may nest (the deepest real payload is four levels). */
export const MAX_JSON_DEPTH = 32

export interface UnsafeFinding {
  /** Dotted path of the offending value or key (`changes.3.data.fullName`); '' for the root. */
  path: string
  problem: 'unsafe_text' | 'too_deep'
}

/**
 * Walks a parsed JSON value (objects, arrays, strings as keys and values) and reports the first
 * string that is not safe text, or the first level beyond `maxDepth`. Iterative, so a hostile
 * payload nested thousands of levels deep cannot exhaust the stack. Null when all is well.
 */
export function findUnsafeJson(value: unknown, maxDepth = MAX_JSON_DEPTH): UnsafeFinding | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, path } = next
    if (typeof current === 'string') {
      if (!isSafeText(current)) return { path: path.join('.'), problem: 'unsafe_text' }
      continue
    }
    if (typeof current !== 'object' || current === null) continue
    if (path.length >= maxDepth) return { path: path.join('.'), problem: 'too_deep' }
    for (const [key, child] of Object.entries(current)) {
      const childPath = [...path, key]
      if (!isSafeText(key)) return { path: childPath.join('.'), problem: 'unsafe_text' }
      pending.push({ value: child, path: childPath })
    }
  }
  return null
}

/** A string of safe text (see above); the message key names the rule for either locale. */
export const SafeString = z.string().refine(isSafeText, 'text_unsafe')

/** Any JSON value of safe text, nested at most `maxDepth` levels (audit details, setting values). */
export const SafeJson = (maxDepth = 4) =>
  z.unknown().refine((value) => findUnsafeJson(value, maxDepth) === null, 'text_unsafe')
