import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatHlc } from '../../../common/hlc'
import { holidayRowId } from '../../../common/holidays'
import { DATABASE_FILE } from '../../../core/app'
import { hashPassword } from '../../../core/auth/password'
import { openDatabase } from '../../../db'
import { setHoliday, importHolidays } from '../../../server/admin/holidays'
import { changes, rows } from '../../../server/schema'
import type { TestServer } from '../../helpers/test-server'
import { forgeOutbox } from '../../helpers/forge'
import { startTestServer } from '../../helpers/test-server'
import type { TempCore } from '../../helpers/temp-core'
import { enrolledDesk as enrolledDeskOn, officeWithStaff as officeWithStaffOn } from '../../helpers/office'
import { MIGRATIONS, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 7 with real desks and a real server over HTTP: a desk token grants no authority, and a
 * change no desk can take is kept and reported, never silently lost.
 */
let central: TestServer
const desks: TempCore[] = []
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  central = await startTestServer()
})
afterAll(async () => {
  for (const desk of desks) desk.dispose()
  await central.close()
})

const officeWithStaff = (name: string) => officeWithStaffOn(central, name)
const enrolledDesk = (officeId: string, deskCode: string) =>
  enrolledDeskOn(central, desks, officeId, deskCode)

describe('a desk token grants no authority', () => {
  it('refuses forged users, settings, desks and holidays from a desk, and no other desk ever applies them', async () => {
    const officeId = await officeWithStaff('Kantor Percaya')
    const a = await enrolledDesk(officeId, 'LK1')
    const b = await enrolledDesk(officeId, 'LK2')
    const officeRows = async (table: string) =>
      central.database.db
        .select()
        .from(rows)
        .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table)))
    const rinaId = (await officeRows('users')).find((r) => r.data.username === 'rina')?.rowId ?? ''
    const bDeskId = (await officeRows('desks')).find((r) => r.data.code === 'LK2')?.rowId ?? ''
    expect([rinaId, bDeskId]).not.toContain('')
    const hash = await hashPassword('sandi-penyusup')
    forgeOutbox(a, [
      {
        table: 'users',
        rowId: uuidv7(),
        data: { username: 'penyusup', fullName: 'Penyusup', role: 'admin', passwordHash: hash, active: true },
      },
      {
        table: 'users',
        rowId: rinaId,
        data: { username: 'rina', fullName: 'Rina', role: 'admin', passwordHash: hash, active: true },
      },
      { table: 'settings', rowId: uuidv7(), data: { key: 'officeName', value: 'Kantor Palsu' } },
      { table: 'desks', rowId: bDeskId, data: { officeId, code: 'LK1', name: 'Loket palsu' } },
      {
        table: 'holidays',
        rowId: holidayRowId(officeId, '2026-12-02'),
        data: { date: '2026-12-02', name: 'Libur palsu', kind: 'local' },
      },
    ])
    const status = await a.call('sync.now', {})
    expect(status).toMatchObject({ pending: 0, rejected: 5 })
    const rejects = await a.call('sync.rejects', {})
    expect(rejects.map((r) => [r.direction, r.tableName, r.code]).sort()).toEqual(
      [
        ['up', 'desks', 'central_only'],
        ['up', 'holidays', 'central_only'],
        ['up', 'settings', 'central_only'],
        ['up', 'users', 'central_only'],
        ['up', 'users', 'central_only'],
      ].sort(),
    )

    await b.call('sync.now', {})
    expect(
      await b.fail('auth.login', { username: 'penyusup', password: 'sandi-penyusup' }, 'x'),
    ).toMatchObject({
      code: 'invalid_credentials',
    })
    expect(await b.call('auth.login', { username: 'rina', password: 'sandi-rina-1' }, 'y')).toMatchObject({
      role: 'receptionist',
    })
    expect((await b.call('app.info', {})).officeName).toBe('Kantor Percaya')
    expect((await b.call('app.info', {})).deskCode).toBe('LK2')
    expect((await b.call('holidays.list', { year: 2026 })).map((h) => h.date)).not.toContain('2026-12-02')
  })

  it('holds an office row in the server’s log that no central writer made, and reports it', async () => {
    const officeId = await officeWithStaff('Kantor Warisan')
    const desk = await enrolledDesk(officeId, 'LK1')
    // A row pushed by a desk before the server refused such rows, still in the office's log.
    const rowId = uuidv7()
    await central.database.db.insert(changes).values({
      officeId,
      originDeskId: uuidv7(),
      changeId: uuidv7(),
      tableName: 'users',
      rowId,
      op: 'upsert',
      hlc: formatHlc({ millis: Date.now(), counter: 0 }, 'old-desk'),
      data: {
        username: 'warisan',
        fullName: 'Warisan',
        role: 'admin',
        passwordHash: await hashPassword('sandi-warisan'),
        active: true,
      },
      receivedAt: Date.now(),
    })
    const status = await desk.call('sync.now', {})
    expect(status.held).toBe(1)
    expect((await desk.call('sync.rejects', {})).filter((r) => r.direction === 'down')).toMatchObject([
      { tableName: 'users', rowId, code: 'not_from_central' },
    ])
    expect(
      await desk.fail('auth.login', { username: 'warisan', password: 'sandi-warisan' }, 'z'),
    ).toMatchObject({
      code: 'invalid_credentials',
    })
  })
})

describe('a desk whose clock is wrong', () => {
  it('48 hours ahead: its changes are refused and kept, it says so, and once put right they arrive', async () => {
    const officeId = await officeWithStaff('Kantor Jam')
    const fast = await enrolledDesk(officeId, 'LK1')
    const other = await enrolledDesk(officeId, 'LK2')
    fast.clock.now = Date.now() + 2 * DAY
    // Two days on, the session has idled out: sign in again, as the receptionist would.
    await fast.call('auth.login', { username: 'sari', password: 'sandi-sari-1' })
    const visitor = await fast.call('visitors.register', visitorInput({ fullName: 'Dewi Masa Depan' }))
    const status = await fast.call('sync.now', {})
    expect(status.rejected).toBeGreaterThanOrEqual(1)
    // The server's clock minus this PC's: about two days, this PC ahead.
    expect(status.clockOffsetMs).toBeLessThan(-2 * DAY + 60_000)
    expect(status.clockOffsetMs).toBeGreaterThan(-2 * DAY - 60_000)
    expect((await fast.call('sync.rejects', {})).map((r) => r.code)).toContain('clock_ahead')
    await other.call('sync.now', {})
    expect(await other.call('visitors.search', { query: 'Dewi Masa Depan', limit: 5 })).toEqual([])
    // The record is still there on the desk that saved it.
    expect((await fast.call('visitors.get', { id: visitor.id })).fullName).toBe('Dewi Masa Depan')

    fast.clock.now = Date.now()
    const fixed = await fast.call('sync.now', {})
    expect(Math.abs(fixed.clockOffsetMs ?? Infinity)).toBeLessThan(60_000)
    expect(fixed).toMatchObject({ pending: 0, rejected: 0 })
    await other.call('sync.now', {})
    expect((await other.call('visitors.search', { query: 'Dewi Masa Depan', limit: 5 }))[0]).toMatchObject({
      id: visitor.id,
    })
    // Its next writes are stamped by the right clock again, not two days ahead.
    await fast.call('visitors.register', visitorInput({ fullName: 'Eko Sekarang' }))
    expect(await fast.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
  })

  it('set to the year 2286: nothing it saves is lost, and the other desk never skips a change silently', async () => {
    const officeId = await officeWithStaff('Kantor 2286')
    const wild = await enrolledDesk(officeId, 'LK1')
    wild.clock.now = Date.UTC(2286, 10, 20)
    await wild.call('auth.login', { username: 'sari', password: 'sandi-sari-1' })
    await wild.call('visitors.register', visitorInput({ fullName: 'Budi Abad Depan' }))
    const status = await wild.call('sync.now', {})
    expect(status.clockOffsetMs).toBeLessThan(-200 * 365 * DAY)
    expect(status.rejected).toBeGreaterThanOrEqual(1)
    wild.clock.now = Date.now()
    expect(await wild.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
    const other = await enrolledDesk(officeId, 'LK2')
    await other.call('sync.now', {})
    expect(await other.call('visitors.search', { query: 'Budi Abad Depan', limit: 5 })).toHaveLength(1)
    expect((await other.call('sync.status', {})).held).toBe(0)
  })

  it('leaves no row stuck behind a stamp from 2286 already on the server: the edit and the re-import work', async () => {
    const officeId = await officeWithStaff('Kantor Terkunci')
    const desk = await enrolledDesk(officeId, 'LK1')
    await desk.call('sync.now', {})
    const { db } = central.database
    const date = '2026-12-25'
    const rowId = holidayRowId(officeId, date)
    // As a desk pushed it before the server refused such stamps, and as desks applied it then.
    const poisoned = formatHlc({ millis: Date.UTC(2286, 0, 1), counter: 0 }, 'old-desk')
    const forged = { date, name: 'Natal (ditimpa)', kind: 'local' }
    await db
      .update(rows)
      .set({ hlc: poisoned, data: forged, originDeskId: 'old-desk' })
      .where(and(eq(rows.officeId, officeId), eq(rows.rowId, rowId)))
    const local = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
    local.sqlite
      .prepare(`update holidays set hlc = ?, name = ?, kind = 'local', origin_desk = 'old-desk' where id = ?`)
      .run(poisoned, forged.name, rowId)
    local.close()
    const onDesk = async () => {
      await desk.call('sync.now', {})
      return (await desk.call('holidays.list', { year: 2026 })).find((h) => h.date === date)
    }
    expect((await onDesk())?.name).toBe('Natal (ditimpa)')
    await setHoliday(db, { officeId, date, name: 'Hari Raya Natal', kind: 'national' }, Date.now())
    expect(await onDesk()).toMatchObject({ name: 'Hari Raya Natal', fromCentral: true })
    await importHolidays(db, { year: 2026, officeId, force: true }, Date.now() + 1000)
    expect(await onDesk()).toMatchObject({ name: 'Kelahiran Yesus Kristus', fromCentral: true })
  })
})
