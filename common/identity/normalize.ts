/**
 * Strips the separators people type or copy from printed cards: spaces, dots, hyphens (the SOP prints
 * NIP as "19620704 198503 1 002"). Any other character is kept, so a letter still makes the number
 * fail its format check instead of silently vanishing. Copies from PDFs and word processors bring
 * non-breaking spaces and typographic dashes, which count as separators too.
 */
export function digitsOnly(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015\u2212]/g, '')
}
