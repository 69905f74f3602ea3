import { describe, expect, it } from 'vitest'
import { formatScryptHash, parseScryptHash } from '../../../common/password-format'

const SALT = Buffer.alloc(16, 1).toString('base64')
const KEY = Buffer.alloc(64, 2).toString('base64')
const hash = (N: number | string, r: number | string, p: number | string, salt = SALT, key = KEY) =>
  ['scrypt', N, r, p, salt, key].join('$')

describe('stored password hashes', () => {
  it('reads the format desks and the server write', () => {
    const written = formatScryptHash({ N: 2 ** 15, r: 8, p: 3, salt: SALT, key: KEY })
    expect(parseScryptHash(written)).toEqual({ N: 2 ** 15, r: 8, p: 3, salt: SALT, key: KEY })
  })

  it('refuses a cost a forged row could use to stall every sign-in (issue 7)', () => {
    for (const bad of [
      hash(2 ** 30, 8, 1), // 32 GiB of memory
      hash(2 ** 20, 8, 1),
      hash(2 ** 17, 16, 1), // 256 MiB: over the bound
      hash(2 ** 15, 8, 1000), // a thousand passes
      hash(2 ** 15 + 1, 8, 1), // not a power of two
      hash(2 ** 10, 8, 1), // too cheap to be ours
      hash('0x8000', 8, 1),
      hash('32768.0', 8, 1),
      hash(2 ** 15, 0, 1),
      hash(2 ** 15, 8, 1, 'AAAA'), // 3-byte salt
      hash(2 ** 15, 8, 1, SALT, 'not base64!'),
      `${hash(2 ** 15, 8, 1)}$extra`,
      'bcrypt$10$abc',
      '',
      `scrypt$32768$8$1$${'A'.repeat(300)}$${KEY}`,
    ]) {
      expect(parseScryptHash(bad), bad.slice(0, 60)).toBeNull()
    }
  })

  it('leaves room to raise the cost later', () => {
    expect(parseScryptHash(hash(2 ** 17, 8, 1))).not.toBeNull()
    expect(parseScryptHash(hash(2 ** 16, 16, 4))).not.toBeNull()
  })
})
