import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import {
  SCRYPT_KEY_LENGTH,
  SCRYPT_PARAMS,
  SCRYPT_SALT_LENGTH,
  formatScryptHash,
  parseScryptHash,
  scryptMaxmem,
} from '../../common/password-format'

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>

/** Hashes a password for a user the server creates, in the format desks verify (common/password-format.ts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT_SALT_LENGTH)
  const { N, r, p } = SCRYPT_PARAMS
  const key = await scryptAsync(password.normalize('NFKC'), salt, SCRYPT_KEY_LENGTH, {
    N,
    r,
    p,
    maxmem: scryptMaxmem(N, r),
  })
  return formatScryptHash({ N, r, p, salt: salt.toString('base64'), key: key.toString('base64') })
}

/**
 * Checks a password against a stored hash in that format (an administrator confirming an office
 * change online, server/office/confirm.ts). False for a malformed hash or one whose cost is out of
 * bounds (parseScryptHash), so a forged row cannot stall the server.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parseScryptHash(stored)
  if (!hash) return false
  const expected = Buffer.from(hash.key, 'base64')
  const actual = await scryptAsync(
    password.normalize('NFKC'),
    Buffer.from(hash.salt, 'base64'),
    expected.length,
    {
      N: hash.N,
      r: hash.r,
      p: hash.p,
      maxmem: scryptMaxmem(hash.N, hash.r),
    },
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A real hash of a random password, so an unknown username costs the same time as a wrong password. */
let decoy: Promise<string> | null = null
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'))
  return decoy
}
