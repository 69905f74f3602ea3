import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_WEEK_HOURS } from '../../../common/calendar/office-hours'
import { DATABASE_FILE } from '../../../core/app'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

async function signedInAdmin(): Promise<TempCore> {
  const d = tempCore()
  await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  return d
}

function rows<T>(dataDir: string, sql: string): T[] {
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    return sqlite.prepare(sql).all() as T[]
  } finally {
    sqlite.close()
  }
}

describe('settings', () => {
  it('updates office settings and the desk code, and they survive a restart', async () => {
    desk = await signedInAdmin()
    const updated = await desk.call('settings.update', {
      officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
      timeZone: 'Asia/Makassar',
      deskCode: 'lk2',
      letterheadLogo: LOGO,
      // Issue 10: who signs documents and the ticket's foot line, edited without a build.
      signatories: {
        head: {
          name: 'Drs. Hendri Yusman, M.Si.',
          title: 'Kepala Bidang Pengaduan',
          nip: '1970 0512 1995 03 1 002',
        },
        officers: [],
      },
      receiptFooter: 'Layanan ini tidak dipungut biaya.',
    })
    expect(updated).toMatchObject({ timeZone: 'Asia/Makassar', deskCode: 'LK2', letterheadLogo: LOGO })
    desk = desk.reopen()
    await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
    expect(await desk.call('settings.get', {})).toEqual({
      officeName: 'Dinas Pemberdayaan Masyarakat dan Nagari',
      officeAddress: SETUP.officeAddress,
      timeZone: 'Asia/Makassar',
      deskCode: 'LK2',
      letterheadLogo: LOGO,
      officeHours: DEFAULT_WEEK_HOURS,
      specialHours: [],
      displayLanguage: 'id',
      signatories: {
        head: {
          name: 'Drs. Hendri Yusman, M.Si.',
          title: 'Kepala Bidang Pengaduan',
          nip: '197005121995031002',
        },
        officers: [],
      },
      receiptFooter: 'Layanan ini tidak dipungut biaya.',
    })
  })

  it('refuses bad input field by field and keeps what was saved', async () => {
    desk = await signedInAdmin()
    const error = await desk.fail('settings.update', {
      officeName: '  ',
      timeZone: 'Europe/Paris',
      letterheadLogo: 'data:image/gif;base64,R0lGOD==',
    })
    expect(error.code).toBe('validation_failed')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['letterheadLogo', 'officeName', 'timeZone'])
    expect(error.fields?.letterheadLogo?.en).toBe('The logo must be a PNG or JPEG image.')
    expect(await desk.call('settings.get', {})).toMatchObject({
      officeName: SETUP.officeName,
      timeZone: 'Asia/Jakarta',
    })
  })

  it('refuses a logo over the size limit', async () => {
    desk = await signedInAdmin()
    const big = `data:image/png;base64,${'A'.repeat(400 * 1024)}`
    const error = await desk.fail('settings.update', { letterheadLogo: big })
    expect(error.fields?.letterheadLogo?.id).toBe('Ukuran logo maksimal 256 KB.')
  })

  it('refuses a logo that browsers show but the PDF maker cannot read, and keeps the saved one (issue 10)', async () => {
    desk = await signedInAdmin()
    await desk.call('settings.update', { letterheadLogo: LOGO })
    // The foundation journey's first logo: a PNG whose image data is cut short. Browsers draw what
    // is there; pdfkit refuses it ("Incomplete or corrupt PNG file"), and every document with it.
    const damaged =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKElEQVR42mNkYPhfz0AEYBxVSF+FjIyMDUQpHFVIX4WMjIwNxCgcVQgA4s4JEZAxyO8AAAAASUVORK5CYII='
    const error = await desk.fail('settings.update', { letterheadLogo: damaged, officeName: 'Nama Baru' })
    expect(error.code).toBe('validation_failed')
    expect(error.fields?.letterheadLogo?.id).toMatch(/rusak atau tidak lengkap/)
    expect(await desk.call('settings.get', {})).toMatchObject({
      letterheadLogo: LOGO,
      officeName: SETUP.officeName,
    })
  })

  it('writes each change and its outbox entry together, with seq rising by one and clocks in order', async () => {
    desk = await signedInAdmin()
    await desk.call('settings.update', { officeName: 'Nama Baru' })
    desk.clock.now -= 60_000 // the wall clock stepping back must not send the hybrid clock back
    await desk.call('settings.update', { officeAddress: 'Alamat Baru' })
    const outbox = rows<{ seq: number; table_name: string; hlc: string; data: string }>(
      desk.dataDir,
      'select seq, table_name, hlc, data from outbox order by seq',
    )
    expect(outbox.map((c) => c.seq)).toEqual(outbox.map((_, i) => i + 1))
    const hlcs = outbox.map((c) => c.hlc)
    expect([...hlcs].sort()).toEqual(hlcs)
    expect(new Set(hlcs).size).toBe(hlcs.length)
    const settingsChanges = outbox
      .filter((c) => c.table_name === 'settings')
      .map((c) => JSON.parse(c.data) as { key: string })
    expect(settingsChanges.map((c) => c.key)).toEqual(
      expect.arrayContaining(['officeName', 'officeAddress', 'timeZone', 'letterheadLogo']),
    )
    const stored = rows<{ hlc: string }>(desk.dataDir, `select hlc from settings where key = 'officeAddress'`)
    const addressChange = outbox.find((c) => c.table_name === 'settings' && c.data.includes('Alamat Baru'))
    expect(stored[0]?.hlc).toBe(addressChange?.hlc)
  })

  it('audits commands with who, what and on which desk, without secrets', async () => {
    desk = await signedInAdmin()
    await desk.fail('auth.login', { username: 'siti', password: 'salah-sandi' }, 'other')
    await desk.call('settings.update', { officeName: 'Nama Baru' })
    const audit = rows<{
      action: string
      outcome: string
      user_id: string | null
      desk_id: string
      detail: string
    }>(desk.dataDir, 'select action, outcome, user_id, desk_id, detail from audit_log order by hlc')
    expect(audit.map((a) => `${a.action}:${a.outcome}`)).toEqual([
      'setup.run:ok',
      'auth.login:ok',
      'auth.login:invalid_credentials',
      'settings.update:ok',
    ])
    expect(audit.every((a) => a.desk_id.length > 0)).toBe(true)
    expect(audit.at(-1)?.detail).toBe(JSON.stringify({ changed: ['officeName'] }))
    expect(
      audit.some((a) => a.detail.includes(SETUP.adminPassword) || a.detail.includes('salah-sandi')),
    ).toBe(false)
  })
})
