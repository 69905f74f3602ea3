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

const derive = (password: string, salt: Buffer, length: number, N: number, r: number, p: number) =>
  scryptAsync(password.normalize('NFKC'), salt, length, { N, r, p, maxmem: scryptMaxmem(N, r) })

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT_SALT_LENGTH)
  const { N, r, p } = SCRYPT_PARAMS
  const key = await derive(password, salt, SCRYPT_KEY_LENGTH, N, r, p)
  return formatScryptHash({ N, r, p, salt: salt.toString('base64'), key: key.toString('base64') })
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parseScryptHash(stored)
  if (!hash) return false
  const expected = Buffer.from(hash.key, 'base64')
  const actual = await derive(
    password,
    Buffer.from(hash.salt, 'base64'),
    expected.length,
    hash.N,
    hash.r,
    hash.p,
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A real hash of a random password, so an unknown username costs the same time as a wrong password. */
let decoy: Promise<string> | null = null
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'))
  return decoy
}
