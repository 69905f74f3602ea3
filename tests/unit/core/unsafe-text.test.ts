import { afterEach, describe, expect, it } from 'vitest'
import { validationCatalog } from '../../../common/validation'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore | undefined
afterEach(() => desk?.dispose())

/**
 * Issue 7, fault 2: the contract took `Budi\u0000Nul`, and the central server could never store it.
 * Every field of every call refuses control characters and unpaired surrogates, saying which field.
 */
describe('text from the UI', () => {
  it('refuses a NUL, an escape and a lone surrogate in any field, with a message on that field', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    for (const [field, value] of [
      ['fullName', 'Budi\u0000Nul'],
      ['address', 'Jl. Mawar\u001b[2J'],
      ['organization', 'Dinas\uD800'],
      ['position', '\uDC00Kepala'],
    ] as const) {
      const error = await desk.fail('visitors.register', visitorInput({ fullName: 'Budi', [field]: value }))
      expect(error.code).toBe('validation_failed')
      expect(error.fields?.[field]).toEqual(validationCatalog.text_unsafe)
    }
    const nested = await desk.fail('visits.recordLate', {
      visitorId: 'x',
      purpose: 'information',
      arrivedAt: 1,
      outcome: 'ok',
      steps: [{ no: 1, startedAt: 1, endedAt: 2, reason: 'macet\u0007' }],
    })
    expect(nested.fields?.['steps.0.reason']).toEqual(validationCatalog.text_unsafe)
    // Line breaks and tabs are what people type into an address: they stay.
    const saved = await desk.call(
      'visitors.register',
      visitorInput({ fullName: 'Budi Santoso', address: 'Jl. Mawar 1\nRT 02/RW 03\tSolok' }),
    )
    expect(saved.address).toBe('Jl. Mawar 1\nRT 02/RW 03\tSolok')
  })

  it('refuses absurdly nested input before any schema sees it', async () => {
    desk = tempCore()
    let deep: unknown = 'x'
    for (let i = 0; i < 5000; i++) deep = { d: deep }
    const error = await desk.fail('setup.run', { ...SETUP, officeAddress: deep })
    expect(error.code).toBe('validation_failed')
    expect(Object.values(error.fields ?? {})).toEqual([validationCatalog.too_deep])
  })
})
