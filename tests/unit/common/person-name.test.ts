import { describe, expect, it } from 'vitest'
import { FullName } from '../../../common/auth'
import { VisitorFields } from '../../../common/visitors'

/** Issue 8, fault 6: `Nurhayati 🙏` was saved as a legal name. */
describe('a person’s name', () => {
  it('takes letters of any script, spaces, apostrophes, hyphens, and the dots and commas of titles', () => {
    for (const name of [
      'Nurhayati',
      "Ma'ruf Hidayat",
      'Ma’ruf Amin',
      'Dr. Ir. Abd. Rahman, M.Si.',
      'Siti-Aminah',
      'I Gusti Ngurah Rai',
      'Zoë Tjokroaminoto',
      'عبد الله',
      'Sri Sultan Hamengkubuwono X',
    ]) {
      expect(FullName.safeParse(name).success, name).toBe(true)
    }
  })

  it('refuses digits, emoji and other symbols, naming the first one', () => {
    for (const [name, char] of [
      ['Nurhayati 🙏', '“🙏”'],
      ['Budi 2', '“2”'],
      ['Ani@kantor', '“@”'],
      ['Budi_Santoso', '“_”'],
      ['Rina #1', '“#”'],
      ['Dewi\u00A0Lestari\u2003', null],
    ] as const) {
      const parsed = FullName.safeParse(name)
      if (char === null) {
        // No-break and em spaces are spaces.
        expect(parsed.success, name).toBe(true)
        continue
      }
      expect(parsed.error?.issues[0], name).toMatchObject({ message: 'name_chars', params: { char } })
    }
    const visitor = VisitorFields.safeParse({ fullName: 'Nurhayati 🙏', consent: true })
    expect(visitor.error?.issues[0]).toMatchObject({ path: ['fullName'], message: 'name_chars' })
  })
})
