import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { HolidaySeed, holidayRowId } from '../../../common/holidays'
import { SYNC_API } from '../../../common/sync-protocol'
import {
  importHolidays,
  listHolidays,
  removeHoliday,
  setHoliday,
  shippedHolidayYears,
} from '../../../server/admin/holidays'
import { offices } from '../../../server/schema'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { serverHarness } from './harness'

const ROOT = resolve(import.meta.dirname, '../../..')
const SEED_2026 = HolidaySeed.parse(
  JSON.parse(readFileSync(join(ROOT, 'resources/holidays/2026.json'), 'utf8')),
)
const SEED_2027 = HolidaySeed.parse(
  JSON.parse(readFileSync(join(ROOT, 'resources/holidays/2027.json'), 'utf8')),
)
const byDate = <T extends { date: string }>(list: T[]) =>
  [...list].sort((a, b) => a.date.localeCompare(b.date))

describe.each(SERVER_BACKENDS)('holidays from the central server on %s', (backend) => {
  const server = serverHarness(backend)
  const holidaysOf = async (desk: { token: string }, cursor = 0) =>
    (await server.pullAll(desk, cursor)).filter((c) => c.table === 'holidays')

  it('starts a new office with every shipped year, which its desks pull with the right ids and kinds', async () => {
    expect(shippedHolidayYears()).toContain(2026)
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const pulled = await holidaysOf(desk)
    const of2026 = pulled.filter((c) => String(c.data.date).startsWith('2026-'))
    expect(of2026).toHaveLength(SEED_2026.holidays.length)
    for (const holiday of SEED_2026.holidays) {
      const row = of2026.find((c) => c.data.date === holiday.date)
      expect(row).toMatchObject({
        rowId: holidayRowId(officeId, holiday.date),
        op: 'upsert',
        originDeskId: 'central',
        data: {
          id: holidayRowId(officeId, holiday.date),
          date: holiday.date,
          name: holiday.name,
          kind: holiday.kind,
          deletedAt: null,
          originDesk: 'central',
          updatedAt: server.now(),
          hlc: row?.hlc,
        },
      })
    }
    expect(await listHolidays(server.database.db, { officeId, year: 2026 })).toEqual(
      byDate(SEED_2026.holidays).map((h) => ({ holidayId: holidayRowId(officeId, h.date), ...h })),
    )
  })

  it('imports a year into an office that has none, and a re-import writes nothing new', async () => {
    // An office from before holidays were distributed (no calendar yet).
    const officeId = uuidv7()
    await server.database.db.insert(offices).values({ id: officeId, name: 'Kantor Lama', createdAt: 1 })
    const desk = await server.enroll(officeId)
    expect(await holidaysOf(desk)).toEqual([])
    const other = await server.office('Kantor Baru')
    const otherDesk = await server.enroll(other)
    const otherCursor = await server.cursorOf(otherDesk)

    const all = await importHolidays(server.database.db, { year: 2026 }, server.now())
    const officeCount = (await server.database.db.select().from(offices)).length
    // Every other office already had 2026 from its creation: only the old office is written.
    expect(all).toEqual({
      year: 2026,
      offices: officeCount,
      written: SEED_2026.holidays.length,
      unchanged: (officeCount - 1) * SEED_2026.holidays.length,
      kept: 0,
    })
    const pulled = await holidaysOf(desk)
    expect(pulled.map((c) => c.rowId).sort()).toEqual(
      SEED_2026.holidays.map((h) => holidayRowId(officeId, h.date)).sort(),
    )
    expect(await holidaysOf(otherDesk, otherCursor)).toEqual([])

    const cursor = await server.cursorOf(desk)
    server.clock += 60_000
    expect(await importHolidays(server.database.db, { year: '2026', officeId }, server.now())).toEqual({
      year: 2026,
      offices: 1,
      written: 0,
      unchanged: SEED_2026.holidays.length,
      kept: 0,
    })
    expect(await server.pullAll(desk, cursor)).toEqual([])
  })

  it('keeps a shipped day the office removed or renamed, unless the import is forced', async () => {
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const cursor = await server.cursorOf(desk)
    server.clock += 1000
    await removeHoliday(server.database.db, { officeId, date: '2026-01-01' }, server.now())
    await setHoliday(
      server.database.db,
      { officeId, date: '2026-08-17', name: 'HUT RI', kind: 'national' },
      server.now(),
    )
    server.clock += 1000
    const kept = await importHolidays(server.database.db, { year: 2026, officeId }, server.now())
    expect(kept).toMatchObject({ written: 0, kept: 2, unchanged: SEED_2026.holidays.length - 2 })
    server.clock += 1000
    const again = await importHolidays(
      server.database.db,
      { year: 2026, officeId, force: true },
      server.now(),
    )
    expect(again).toMatchObject({ written: 2, kept: 0, unchanged: SEED_2026.holidays.length - 2 })
    const rows = await holidaysOf(desk, cursor)
    expect(rows.map((c) => [c.data.date, c.data.deletedAt === null])).toEqual([
      ['2026-01-01', false],
      ['2026-08-17', true],
      ['2026-01-01', true],
      ['2026-08-17', true],
    ])
    expect(rows.at(-1)?.data.name).toBe('Proklamasi Kemerdekaan Republik Indonesia')
  })

  it('adds a local day and removes it with a tombstone that desks pull as an update', async () => {
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const cursor = await server.cursorOf(desk)
    const added = await setHoliday(
      server.database.db,
      { officeId, date: '2026-11-27', name: 'Hari Jadi Kabupaten' },
      server.now(),
    )
    expect(added).toEqual({
      holidayId: holidayRowId(officeId, '2026-11-27'),
      officeId,
      date: '2026-11-27',
      name: 'Hari Jadi Kabupaten',
      kind: 'local',
    })
    expect(await listHolidays(server.database.db, { officeId, year: 2026 })).toContainEqual({
      holidayId: added.holidayId,
      date: '2026-11-27',
      name: 'Hari Jadi Kabupaten',
      kind: 'local',
    })
    // Same clock: the tombstone's HLC still sorts after the row it replaces.
    await removeHoliday(server.database.db, { officeId, date: '2026-11-27' }, server.now())
    const [upsert, tombstone] = await holidaysOf(desk, cursor)
    expect(upsert).toMatchObject({ rowId: added.holidayId, data: { kind: 'local', deletedAt: null } })
    expect(tombstone).toMatchObject({
      rowId: added.holidayId,
      op: 'upsert',
      data: { id: added.holidayId, date: '2026-11-27', kind: 'local', deletedAt: server.now() },
    })
    expect((tombstone?.hlc ?? '') > (upsert?.hlc ?? '')).toBe(true)
    expect((await listHolidays(server.database.db, { officeId })).map((h) => h.date)).not.toContain(
      '2026-11-27',
    )
    await expect(
      removeHoliday(server.database.db, { officeId, date: '2026-11-27' }, server.now()),
    ).rejects.toMatchObject({ code: 'not_found' })
    // A later add revives the day.
    server.clock += 1000
    await setHoliday(server.database.db, { officeId, date: '2026-11-27', name: 'Hari Jadi' }, server.now())
    expect((await holidaysOf(desk, cursor)).at(-1)?.data).toMatchObject({
      name: 'Hari Jadi',
      deletedAt: null,
    })
  })

  it('keeps an office’s days away from every other office', async () => {
    const officeA = await server.office('Kantor A')
    const officeB = await server.office('Kantor B')
    const deskB = await server.enroll(officeB)
    await setHoliday(
      server.database.db,
      { officeId: officeA, date: '2026-11-27', name: 'Hari Jadi A', kind: 'local' },
      server.now(),
    )
    await importHolidays(server.database.db, { year: 2026, officeId: officeA }, server.now())
    const seenByB = await holidaysOf(deskB)
    expect(seenByB.length).toBeGreaterThan(0)
    for (const c of seenByB) expect(c.rowId).toBe(holidayRowId(officeB, String(c.data.date)))
    expect(seenByB.map((c) => c.data.name)).not.toContain('Hari Jadi A')
    expect((await listHolidays(server.database.db, { officeId: officeB })).map((h) => h.name)).not.toContain(
      'Hari Jadi A',
    )
  })

  it('offers holidays on the admin API, behind its token, with 400 for bad input and 404 for no office', async () => {
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const cursor = await server.cursorOf(desk)
    for (const [method, url] of [
      ['POST', '/holidays/import'],
      ['GET', `/offices/${officeId}/holidays`],
      ['PUT', `/offices/${officeId}/holidays/2026-11-27`],
      ['DELETE', `/offices/${officeId}/holidays/2026-01-01`],
    ] as const) {
      const denied = await server.app.inject({
        method,
        url: `${SYNC_API}/admin${url}`,
        headers: { authorization: 'Bearer wrong' },
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: { year: 2026, name: 'X' } }),
      })
      expect(denied.statusCode, `${method} ${url}`).toBe(401)
    }
    expect(await holidaysOf(desk, cursor)).toEqual([])

    const put = await server.admin('PUT', `/offices/${officeId}/holidays/2026-11-27`, {
      name: 'Hari Jadi Kabupaten',
    })
    expect(put.statusCode).toBe(200)
    expect(put.json()).toMatchObject({ date: '2026-11-27', kind: 'local' })
    const list = await server.admin('GET', `/offices/${officeId}/holidays?year=2026`)
    expect(list.statusCode).toBe(200)
    const listed = list.json() as { date: string }[]
    expect(listed).toHaveLength(SEED_2026.holidays.length + 1)
    expect(listed.map((h) => h.date)).toEqual([...listed.map((h) => h.date)].sort())
    // Every shipped decree year is seeded for a new office (2027 since issue 8); a later year is empty.
    expect((await server.admin('GET', `/offices/${officeId}/holidays?year=2027`)).json()).toHaveLength(
      SEED_2027.holidays.length,
    )
    expect((await server.admin('GET', `/offices/${officeId}/holidays?year=2028`)).json()).toEqual([])
    expect((await server.admin('GET', `/offices/${officeId}/holidays`)).json()).toHaveLength(
      listed.length + SEED_2027.holidays.length,
    )

    const removed = await server.admin('DELETE', `/offices/${officeId}/holidays/2026-11-27`)
    expect(removed.statusCode).toBe(200)
    expect((await holidaysOf(desk, cursor)).map((c) => c.data.deletedAt)).toEqual([null, server.now()])
    expect((await server.admin('DELETE', `/offices/${officeId}/holidays/2026-11-27`)).statusCode).toBe(404)

    const imported = await server.admin('POST', '/holidays/import', { year: 2026, officeId })
    expect(imported.statusCode).toBe(200)
    expect(imported.json()).toEqual({
      year: 2026,
      offices: 1,
      written: 0,
      unchanged: SEED_2026.holidays.length,
      kept: 0,
    })

    const badDate = await server.admin('PUT', `/offices/${officeId}/holidays/2026-02-30`, { name: 'X' })
    expect(badDate.statusCode).toBe(400)
    expect(badDate.json()).toMatchObject({ error: 'bad_input', fields: { date: { en: expect.any(String) } } })
    const badKind = await server.admin('PUT', `/offices/${officeId}/holidays/2026-11-28`, {
      name: 'X',
      kind: 'weekend',
    })
    expect(badKind.statusCode).toBe(400)
    expect(badKind.json()).toMatchObject({ fields: { kind: { en: 'Choose one of the options.' } } })
    const noName = await server.admin('PUT', `/offices/${officeId}/holidays/2026-11-28`, { name: ' ' })
    expect(noName.statusCode).toBe(400)
    expect(noName.json()).toMatchObject({ fields: { name: { en: 'This field is required.' } } })
    const badYear = await server.admin('POST', '/holidays/import', { year: 'soon' })
    expect(badYear.statusCode).toBe(400)
    expect(badYear.json()).toMatchObject({ fields: { year: { en: expect.any(String) } } })
    expect((await server.admin('GET', `/offices/${officeId}/holidays?year=20x6`)).statusCode).toBe(400)
    expect((await server.admin('POST', '/holidays/import', { year: 1999 })).statusCode).toBe(404)

    for (const [method, url, payload] of [
      ['POST', '/holidays/import', { year: 2026, officeId: 'nope' }],
      ['GET', '/offices/nope/holidays', undefined],
      ['PUT', '/offices/nope/holidays/2026-11-27', { name: 'X' }],
      ['DELETE', '/offices/nope/holidays/2026-01-01', undefined],
    ] as const) {
      const response = await server.admin(method, url, payload)
      expect(response.statusCode, `${method} ${url}`).toBe(404)
      expect(response.json()).toMatchObject({ error: 'not_found' })
    }
  })
})

describe('holidays on the admin CLI', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx')
  async function cli(dataDir: string, ...args: string[]) {
    const { stdout } = await promisify(execFile)(tsx, ['server/admin-cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', LOKET_SERVER_DATA: dataDir },
    })
    return JSON.parse(stdout) as unknown
  }

  it('imports, adds, removes and lists', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-cli-'))
    try {
      const { officeId, holidayYears } = (await cli(dataDir, 'create-office', '--name', 'Kantor CLI')) as {
        officeId: string
        holidayYears: number[]
      }
      expect(holidayYears).toContain(2026)
      expect(await cli(dataDir, 'holidays', 'import', '--year', '2026')).toEqual({
        year: 2026,
        offices: 1,
        written: 0,
        unchanged: SEED_2026.holidays.length,
        kept: 0,
      })
      await cli(
        dataDir,
        'holidays',
        'add',
        '--office',
        officeId,
        '--date',
        '2026-11-27',
        '--name',
        'Hari Jadi',
      )
      await cli(dataDir, 'holidays', 'remove', '--office', officeId, '--date', '2026-01-01')
      const listed = (await cli(dataDir, 'holidays', 'list', '--office', officeId, '--year', '2026')) as {
        date: string
        kind: string
      }[]
      expect(listed).toHaveLength(SEED_2026.holidays.length)
      expect(listed.map((h) => h.date)).not.toContain('2026-01-01')
      expect(listed.find((h) => h.date === '2026-11-27')?.kind).toBe('local')
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
