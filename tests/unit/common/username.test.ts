import { describe, expect, it } from 'vitest'
import { LoginInput } from '../../../common/auth'
import { fieldErrors, validationCatalog } from '../../../common/validation'

/** Issue 8, fault 12: an empty username was told its format instead of "Wajib diisi.". */
describe('a username', () => {
  it('left empty is missing, and only a typed one is held to the format', () => {
    const messageFor = (username: string) => {
      const parsed = LoginInput.safeParse({ username, password: 'x' })
      return parsed.success ? null : fieldErrors(parsed.error).username
    }
    expect(messageFor('  ')).toEqual(validationCatalog.required)
    expect(messageFor('A b')).toEqual(validationCatalog.username_format)
    expect(messageFor('siti')).toBeNull()
  })
})
