/**
 * How a password hash is written, shared by the desk (first administrator, sign-in) and the central
 * server (users it creates), so either can check the other's: `scrypt$N$r$p$salt$key`, base64.
 * scrypt at one of OWASP's equivalent minimums (N=2^15, r=8, p=3: 32 MiB); the parameters travel
 * with each hash so they can rise later without invalidating old ones.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const
export const SCRYPT_KEY_LENGTH = 64
export const SCRYPT_SALT_LENGTH = 16

export interface ScryptHash {
  N: number
  r: number
  p: number
  salt: string
  key: string
}

export const scryptMaxmem = (N: number, r: number): number => 256 * N * r

export function formatScryptHash(hash: ScryptHash): string {
  return ['scrypt', hash.N, hash.r, hash.p, hash.salt, hash.key].join('$')
}

/**
 * The most a stored hash may ask of the machine that checks it. Hashes arrive by sync, so a forged
 * or corrupt one must not make a sign-in allocate gigabytes or hash for minutes (issue 7): N a power
 * of two from 2^14 to 2^17, r from 1 to 16 with 128·N·r at most 128 MiB (four times today's), p from 1 to 4; salt
 * 16–64 bytes and key 32–64 bytes, in base64. Room to raise today's cost, not to abuse it.
 */
export const SCRYPT_BOUNDS = {
  minLogN: 14,
  maxLogN: 17,
  maxR: 16,
  maxP: 4,
  maxMemory: 128 * 1024 * 1024,
} as const
export const MAX_SCRYPT_HASH_LENGTH = 200

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const base64Bytes = (text: string) => Math.floor((text.length * 3) / 4) - (text.match(/=+$/)?.[0].length ?? 0)
const smallInt = (text: string | undefined) => (text && /^[1-9]\d{0,6}$/.test(text) ? Number(text) : null)

/** The parts of a stored hash, or null when it is malformed or outside SCRYPT_BOUNDS. */
export function parseScryptHash(stored: string): ScryptHash | null {
  if (stored.length > MAX_SCRYPT_HASH_LENGTH) return null
  const [scheme, nText, rText, pText, salt, key, ...rest] = stored.split('$')
  const [N, r, p] = [smallInt(nText), smallInt(rText), smallInt(pText)]
  if (scheme !== 'scrypt' || rest.length > 0 || N === null || r === null || p === null || !salt || !key)
    return null
  const logN = Math.log2(N)
  if (!Number.isInteger(logN) || logN < SCRYPT_BOUNDS.minLogN || logN > SCRYPT_BOUNDS.maxLogN) return null
  if (r > SCRYPT_BOUNDS.maxR || p > SCRYPT_BOUNDS.maxP || 128 * N * r > SCRYPT_BOUNDS.maxMemory) return null
  if (!BASE64.test(salt) || !BASE64.test(key)) return null
  const [saltBytes, keyBytes] = [base64Bytes(salt), base64Bytes(key)]
  if (saltBytes < 16 || saltBytes > 64 || keyBytes < 32 || keyBytes > 64) return null
  return { N, r, p, salt, key }
}
