import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_FAILURES } from '../../../common/lockout'
import type * as PasswordModule from '../../../core/auth/password'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore } from '../../helpers/temp-core'

/** Every password the desk checks against a hash passes through here, so the test can count them. */
const checked = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../core/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof PasswordModule>()
  return {
    ...original,
    verifyPassword: (password: string, stored: string) => {
      checked.count += 1
      return original.verifyPassword(password, stored)
    },
  }
})

let desk: TempCore | undefined
afterEach(() => desk?.dispose())

/** Signs in from many windows at once, one client key each, all started before any answers. */
function signInAtOnce(core: TempCore, username: string, passwords: readonly string[]) {
  return Promise.all(
    passwords.map((password, n) =>
      core.core.dispatch({ clientKey: `guess-${n}` }, 'auth.login', { username, password }),
    ),
  )
}

describe('sign-in lock-out under simultaneous guesses', () => {
  it('checks at most five passwords of 40 simultaneous sign-ins, and the right one last does not lift the lock', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    checked.count = 0
    const guesses = Array.from({ length: 39 }, (_, n) => `salah-${n}`)
    const answers = await signInAtOnce(desk, 'siti', [...guesses, SETUP.adminPassword])
    // The mock does see the checks (a count of 0 would prove nothing).
    expect(checked.count).toBeGreaterThan(0)
    expect(checked.count).toBeLessThanOrEqual(MAX_FAILURES)
    expect(answers.filter((a) => a.ok)).toHaveLength(0)
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'account_locked' } })
    // Still locked afterwards: no success slipped through to clear it.
    expect((await desk.fail('auth.login', { username: 'siti', password: SETUP.adminPassword })).code).toBe(
      'account_locked',
    )
  })

  it('counts an unknown username the same way, so guessing names is no cheaper', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    checked.count = 0
    const answers = await signInAtOnce(desk, 'tidak-ada', Array<string>(20).fill('x'))
    expect(checked.count).toBeLessThanOrEqual(MAX_FAILURES)
    expect(answers.filter((a) => !a.ok && a.error.code === 'account_locked').length).toBeGreaterThanOrEqual(
      15,
    )
  })

  it('lets the right password in among the first five, and starts the count again', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    for (let i = 1; i < MAX_FAILURES; i++)
      await desk.fail('auth.login', { username: 'siti', password: 'salah' })
    expect(await desk.call('auth.login', { username: 'siti', password: SETUP.adminPassword })).toMatchObject({
      role: 'admin',
    })
    expect((await desk.fail('auth.login', { username: 'siti', password: 'salah' })).code).toBe(
      'invalid_credentials',
    )
  })
})
