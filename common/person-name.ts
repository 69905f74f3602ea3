import { z } from 'zod'
import { describeCharacter } from './identity/normalize'

/**
 * What a person's legal name is written with (issue 8): letters of any script with their accents,
 * spaces, apostrophes (Ma'ruf, ’ and ʼ as phones type them), hyphens, and the dots and commas of
 * titles and abbreviations (Dr. Ir. Abd. Rahman, M.Si.). Digits, emoji and other symbols are not
 * part of a name on a KTP; such a character is refused and named.
 */
const NAME_CHARACTER = /[\p{L}\p{M}\s'’ʼ‘.,\-‐]/u

/** A person's full name: trimmed, required, at most `max` characters, of name characters only. */
export const PersonName = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(max, 'too_long')
    .superRefine((name, ctx) => {
      const offending = [...name].find((char) => !NAME_CHARACTER.test(char))
      if (offending !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'name_chars',
          params: { char: describeCharacter(offending) },
        })
      }
    })
