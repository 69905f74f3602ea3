import { randomBytes, scrypt } from 'node:crypto'
import { promisify } from 'node:util'
import {
  SCRYPT_KEY_LENGTH,
  SCRYPT_PARAMS,
  SCRYPT_SALT_LENGTH,
  formatScryptHash,
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
