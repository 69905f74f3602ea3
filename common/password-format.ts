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

export function parseScryptHash(stored: string): ScryptHash | null {
  const [scheme, N, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !key) return null
  return { N: Number(N), r: Number(r), p: Number(p), salt, key }
}
