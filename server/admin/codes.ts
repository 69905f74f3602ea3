import { createHash, randomBytes, randomInt } from 'node:crypto'

/** sha256 hex, for tokens and codes: the server stores only what it can check, never the secret. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** 32 random bytes: a desk's bearer token. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** Crockford-style letters without look-alikes (no I, L, O, U, 0, 1): read aloud or typed from paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789'

/** An enrolment code like `K7QM-4XRT-P9WD`: 12 characters, about 59 bits, single use, expiring. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-')
}

/** Codes are compared without case, spaces or dashes, as a person types them. */
export const normaliseCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '')
