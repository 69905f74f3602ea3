import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { hashPassword } from '../../../core/auth/password'
import { DATABASE_FILE } from '../../../core/app'
import { MAX_FAILURES, LOCK_MS } from '../../../common/lockout'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

/** Adds a user the way a synced row from the central server lands: straight into the table. */
async function addUser(dataDir: string, username: string, role: string, active = true): Promise<void> {
  const sqlite = new Database(join(dataDir, DATABASE_FILE))
  sqlite
    .prepare(
      `insert into users (id, updated_at, hlc, origin_desk, username, full_name, role, password_hash, active)
       values (?, 0, '0000000000000-0000-central', 'central', ?, ?, ?, ?, ?)`,
    )
    .run(
      `user-${username}`,
      username,
      `User ${username}`,
      role,
      await hashPassword('sandi-rahasia'),
      active ? 1 : 0,
    )
  sqlite.close()
}

describe('first-run setup', () => {
  it('reports that setup is needed, and refuses everything but app info and setup before it', async () => {
    desk = tempCore()
    expect(await desk.call('app.info', {})).toMatchObject({
      needsSetup: true,
      officeName: null,
      deskCode: null,
    })
    expect((await desk.fail('auth.login', { username: 'siti', password: 'x' })).code).toBe('setup_required')
  })

  it('creates the office, this desk and the first administrator, once', async () => {
    desk = tempCore()
    expect(await desk.call('setup.run', SETUP)).toEqual({ username: 'siti' })
    expect(await desk.call('app.info', {})).toMatchObject({
      needsSetup: false,
      officeName: SETUP.officeName,
      deskCode: 'LK1',
      timeZone: 'Asia/Jakarta',
    })
    const again = await desk.fail('setup.run', { ...SETUP, adminUsername: 'other' })
    expect(again.code).toBe('setup_already_done')
    expect(again.message.id).toMatch(/sudah/)
    expect(again.message.en).toMatch(/already/)
  })

  it('answers bad input with per-field messages in Indonesian and English, and saves nothing', async () => {
    desk = tempCore()
    const error = await desk.fail('setup.run', {
      ...SETUP,
      adminPassword: 'short',
      deskCode: '1$',
      officeName: '',
    })
    expect(error.code).toBe('validation_failed')
    expect(error.fields?.adminPassword).toEqual({
      id: 'Kata sandi minimal 8 karakter.',
      en: 'The password needs at least 8 characters.',
    })
    expect(error.fields?.deskCode?.id).toMatch(/Kode loket/)
    expect(error.fields?.officeName?.id).toBe('Wajib diisi.')
    expect(await desk.call('app.info', {})).toMatchObject({ needsSetup: true })
  })
})

describe('sign-in', () => {
  it('signs in with the right password, keeps the session per client, and signs out', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    const user = await desk.call(
      'auth.login',
      { username: 'SITI ', password: SETUP.adminPassword },
      'window-1',
    )
    expect(user).toMatchObject({ username: 'siti', role: 'admin', fullName: 'Siti Rahmawati' })
    expect(await desk.call('auth.session', {}, 'window-1')).toMatchObject({ username: 'siti' })
    expect(await desk.call('auth.session', {}, 'window-2')).toBeNull()
    await desk.call('auth.logout', {}, 'window-1')
    expect(await desk.call('auth.session', {}, 'window-1')).toBeNull()
    expect((await desk.fail('settings.get', {}, 'window-1')).code).toBe('unauthenticated')
  })

  it('gives the same message for a wrong password and an unknown user', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    const wrong = await desk.fail('auth.login', { username: 'siti', password: 'salah-sandi' })
    const unknown = await desk.fail('auth.login', { username: 'nobody', password: 'salah-sandi' })
    expect(wrong).toEqual(unknown)
    expect(wrong.code).toBe('invalid_credentials')
    expect(wrong.message.id).toBe('Nama pengguna atau kata sandi salah.')
  })

  it('locks a username after repeated failures, even for the right password, until the lock ends', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    for (let i = 1; i < MAX_FAILURES; i++) {
      expect((await desk.fail('auth.login', { username: 'siti', password: 'salah' })).code).toBe(
        'invalid_credentials',
      )
    }
    const locked = await desk.fail('auth.login', { username: 'siti', password: 'salah' })
    expect(locked.code).toBe('account_locked')
    expect(locked.message.id).toContain('15 menit')
    expect((await desk.fail('auth.login', { username: 'siti', password: SETUP.adminPassword })).code).toBe(
      'account_locked',
    )
    desk.clock.now += LOCK_MS + 1
    expect(await desk.call('auth.login', { username: 'siti', password: SETUP.adminPassword })).toMatchObject({
      role: 'admin',
    })
  })

  it('keeps the lock across an app restart', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    for (let i = 0; i < MAX_FAILURES; i++)
      await desk.fail('auth.login', { username: 'siti', password: 'salah' })
    desk = desk.reopen()
    expect((await desk.fail('auth.login', { username: 'siti', password: SETUP.adminPassword })).code).toBe(
      'account_locked',
    )
  })

  it('refuses a disabled user and ends the session of a user disabled while signed in', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    await addUser(desk.dataDir, 'budi', 'receptionist', false)
    expect((await desk.fail('auth.login', { username: 'budi', password: 'sandi-rahasia' })).code).toBe(
      'account_disabled',
    )

    await addUser(desk.dataDir, 'ani', 'officer')
    await desk.call('auth.login', { username: 'ani', password: 'sandi-rahasia' }, 'w')
    const sqlite = new Database(join(desk.dataDir, DATABASE_FILE))
    sqlite.prepare(`update users set active = 0 where username = 'ani'`).run()
    sqlite.close()
    expect((await desk.fail('settings.get', {}, 'w')).code).toBe('unauthenticated')
  })

  it('enforces roles in the core: only an administrator changes settings', async () => {
    desk = tempCore()
    await desk.call('setup.run', SETUP)
    await addUser(desk.dataDir, 'rina', 'receptionist')
    await desk.call('auth.login', { username: 'rina', password: 'sandi-rahasia' }, 'w')
    expect(await desk.call('settings.get', {}, 'w')).toMatchObject({ officeName: SETUP.officeName })
    const refused = await desk.fail('settings.update', { officeName: 'Diubah' }, 'w')
    expect(refused.code).toBe('forbidden')
    expect(await desk.call('settings.get', {}, 'w')).toMatchObject({ officeName: SETUP.officeName })
  })

  it('answers an unknown channel without throwing', async () => {
    desk = tempCore()
    const result = await desk.core.dispatch({ clientKey: 'w' }, 'visits.drop_all', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })
})
