/**
 * Unicode format characters (category Cf): zero-width space, zero-width joiner and non-joiner, word
 * joiner, soft hyphen, left-to-right and right-to-left marks and embeddings, the byte-order mark.
 * They show nothing, and come with numbers copied from PDFs, web pages and chat apps, so a field
 * that shows 16 digits could hold 17 characters (issue 8). Wherever a number is read they count as
 * separators.
 */
const INVISIBLE = /\p{Cf}/gu

/** `text` without the invisible format characters above. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/**
 * Strips the separators people type or copy from printed cards: spaces, dots, hyphens (the SOP prints
 * NIP as "19620704 198503 1 002"), and invisible format characters. Any other character is kept, so a
 * letter still makes the number fail its format check instead of silently vanishing. Copies from
 * PDFs and word processors bring non-breaking spaces and typographic dashes, which count as
 * separators too.
 */
export function digitsOnly(input: string): string {
  return withoutInvisible(input).replace(/[\s.\-\u2010-\u2015\u2212]/g, '')
}

/**
 * The first character of `text` that is not a digit, described so a person can find it: the
 * character itself in quotes when it shows, its code point (`U+00A0`) when it does not. Null when
 * every character is a digit.
 */
export function firstNonDigit(text: string): string | null {
  const found = [...text].find((char) => !/\d/.test(char))
  return found === undefined ? null : describeCharacter(found)
}

/** One character as a message names it: `“🙏”` when it shows, `U+00A0` when it does not. */
export function describeCharacter(char: string): string {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char)
    ? `“${char}”`
    : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
