import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { SYNC_API } from '../../../common/sync-protocol'
import { disableUser } from '../../../server/admin/operations'
import { centralAudit } from '../../../server/schema'
import type { TempCore } from '../../helpers/temp-core'
import { centralForFile, enrolledDesk, officeWithStaff } from '../../helpers/office'
import { MIGRATIONS, RESOURCES, visitorInput } from '../../helpers/temp-core'
import { DATABASE_FILE, createCore } from '../../../core/app'
import { openDatabase } from '../../../db'

/**
 * An enrolled desk's administrator changes the office online, in their own name (issue 7, faults 1
 * and 5): the server checks their password, keeps the record, and refuses a desk code another desk
 * holds; a desk token alone changes nothing.
 */
const suite = centralForFile()
const { desks } = suite

const office = (name: string) => officeWithStaff(suite.central, name)
const enrolled = (officeId: string, deskCode: string, username = 'sari') =>
  enrolledDesk(suite.central, desks, officeId, deskCode, username)

describe('administration of an enrolled desk, online and in the administrator’s name', () => {
  it('asks for the password, changes the office on the server, and every desk shows it', async () => {
    const officeId = await office('Kantor Daring')
    const a = await enrolled(officeId, 'LK1')
    const b = await enrolled(officeId, 'LK2')
    expect((await a.fail('settings.update', { officeName: 'Kantor Daring Baru' })).code).toBe(
      'central_confirm_required',
    )
    expect((await a.fail('admin.confirm', { password: 'salah-sandi' })).code).toBe('invalid_credentials')
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    const view = await a.call('settings.update', {
      officeName: 'Kantor Daring Baru',
      officeAddress: 'Jl. Baru 2',
    })
    expect(view).toMatchObject({
      officeName: 'Kantor Daring Baru',
      officeAddress: 'Jl. Baru 2',
      deskCode: 'LK1',
    })
    // The server wrote it and the desk pulled it: only the desk's own audit entry goes up, no reject.
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0, held: 0 })
    await b.call('sync.now', {})
    expect((await b.call('app.info', {})).officeName).toBe('Kantor Daring Baru')

    await a.call('holidays.save', { date: '2026-12-28', name: 'Libur Kantor', kind: 'local' })
    await b.call('sync.now', {})
    expect(
      (await b.call('holidays.list', { year: 2026 })).find((h) => h.date === '2026-12-28'),
    ).toMatchObject({
      name: 'Libur Kantor',
      fromCentral: true,
    })
    await a.call('holidays.remove', { date: '2026-12-28' })
    expect((await a.fail('holidays.remove', { date: '2026-12-28' })).code).toBe('holiday_not_found')
    await b.call('sync.now', {})
    expect((await b.call('holidays.list', { year: 2026 })).map((h) => h.date)).not.toContain('2026-12-28')

    const audit = await suite.central.database.db
      .select()
      .from(centralAudit)
      .where(and(eq(centralAudit.officeId, officeId), eq(centralAudit.outcome, 'ok')))
    expect(audit.map((entry) => [entry.action, entry.username])).toEqual([
      ['office.confirm', 'sari'],
      ['office.settings', 'sari'],
      ['office.holidays.save', 'sari'],
      ['office.holidays.remove', 'sari'],
    ])
    expect(new Set(audit.map((entry) => entry.deskId)).size).toBe(1)
  })

  it('refuses a desk code another desk of the office holds, so visit numbers never collide', async () => {
    const officeId = await office('Kantor Kode')
    const a = await enrolled(officeId, 'LK1')
    const b = await enrolled(officeId, 'LK2')
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    expect((await a.fail('settings.update', { deskCode: 'lk2' })).code).toBe('desk_code_taken')
    expect((await a.call('settings.get', {})).deskCode).toBe('LK1')
    expect((await a.call('settings.update', { deskCode: 'LK3' })).deskCode).toBe('LK3')
    const visitor = await a.call('visitors.register', visitorInput({ fullName: 'Tono' }))
    const visit = await a.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    expect(visit.visitNumber).toMatch(/^LK3-/)
    await a.call('sync.now', {})
    await b.call('sync.now', {})
    expect(await b.call('visits.get', { id: visit.id })).toMatchObject({ deskCode: 'LK3' })
  })

  it('asks again once the grant runs out or the administrator is disabled centrally, and locks after five wrong passwords', async () => {
    const officeId = await office('Kantor Hibah')
    const a = await enrolled(officeId, 'LK1')
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    a.clock.now += 16 * 60 * 1000
    await a.call('auth.login', { username: 'sari', password: 'sandi-sari-1' })
    expect((await a.fail('settings.update', { officeName: 'Kantor Hibah 2' })).code).toBe(
      'central_confirm_required',
    )
    a.clock.now = Date.now()
    await a.call('auth.login', { username: 'sari', password: 'sandi-sari-1' })
    await a.call('admin.confirm', { password: 'sandi-sari-1' })
    await disableUser(suite.central.database.db, { officeId, username: 'sari' }, Date.now())
    expect((await a.fail('settings.update', { officeName: 'Kantor Hibah 3' })).code).toBe(
      'central_confirm_required',
    )
    expect((await a.fail('admin.confirm', { password: 'sandi-sari-1' })).code).toBe('account_disabled')

    const b = await enrolled(officeId, 'LK2', 'rina')
    // A receptionist is no administrator: the contract refuses before anything reaches the server.
    expect((await b.fail('admin.confirm', { password: 'sandi-rina-1' })).code).toBe('forbidden')
  })

  it('counts wrong passwords per administrator on the server, before checking them', async () => {
    const officeId = await office('Kantor Kunci')
    const a = await enrolled(officeId, 'LK1')
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        a.core.dispatch({ clientKey: 'test-client' }, 'admin.confirm', { password: 'tebak' }),
      ),
    )
    const codes = answers.map((answer) => (answer.ok ? 'ok' : answer.error.code))
    expect(codes.filter((code) => code === 'invalid_credentials').length).toBeLessThanOrEqual(4)
    expect(codes.filter((code) => code === 'account_locked').length).toBeGreaterThanOrEqual(8)
    expect((await a.fail('admin.confirm', { password: 'sandi-sari-1' })).code).toBe('account_locked')
  })

  it('changes nothing on a desk token alone, and nothing at all while the server is out of reach', async () => {
    const officeId = await office('Kantor Token')
    const a = await enrolled(officeId, 'LK1')
    const token = deskToken(a)
    for (const grant of [undefined, 'tebakan', '']) {
      const response = await fetch(`${suite.central.url}${SYNC_API}/office/settings`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(grant === undefined ? {} : { 'x-loket-grant': grant }),
        },
        body: JSON.stringify({ officeName: 'Kantor Palsu' }),
      })
      expect(response.status).toBe(401)
    }
    await a.call('sync.now', {})
    expect((await a.call('app.info', {})).officeName).toBe('Kantor Token')

    // The same desk with its network gone: the change waits for a connection, nothing is queued.
    a.core.close()
    const offline = createCore({
      dataDir: a.dataDir,
      migrationsFolder: MIGRATIONS,
      resourcesFolder: RESOURCES,
      appVersion: 'test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    try {
      const client = { clientKey: 'offline' }
      await offline.dispatch(client, 'auth.login', { username: 'sari', password: 'sandi-sari-1' })
      expect(await offline.dispatch(client, 'admin.confirm', { password: 'sandi-sari-1' })).toMatchObject({
        ok: false,
        error: { code: 'central_unreachable' },
      })
      const status = await offline.dispatch(client, 'sync.status', {})
      expect(status).toMatchObject({ ok: true, value: { pending: expect.any(Number) } })
      const outbox = openDatabase({ file: join(a.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
      const queued = outbox.sqlite
        .prepare(`select count(*) from outbox where table_name in ('settings', 'desks', 'users', 'holidays')`)
        .pluck()
        .get()
      outbox.close()
      expect(queued).toBe(0)
    } finally {
      offline.close()
    }
  })
})

/** The desk's own bearer token, as an attacker with the PC's files would read it (stored `plain:` here). */
function deskToken(desk: TempCore): string {
  const opened = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const stored = opened.sqlite
      .prepare(`select value from local_meta where key = 'sync_token'`)
      .pluck()
      .get() as string
    return stored.replace(/^plain:/, '')
  } finally {
    opened.close()
  }
}
