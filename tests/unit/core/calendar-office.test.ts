import Database from 'better-sqlite3'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_WEEK_HOURS } from '../../../common/calendar/office-hours'
import type { Channel } from '../../../common/channels'
import type { ChannelOutput } from '../../../common/contract'
import { DATABASE_FILE, createCore } from '../../../core/app'
import type { TempCore } from '../../helpers/temp-core'
import { MIGRATIONS, RESOURCES, SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

/** Wednesday 30 December 2026, 10:00 WIB. */
const WED_30_DEC_10_WIB = Date.UTC(2026, 11, 30, 3)

async function signedIn(d: TempCore): Promise<TempCore> {
  if ((await d.call('app.info', {})).needsSetup) await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  return d
}

function sql(d: TempCore, statement: string): void {
  const sqlite = new Database(join(d.dataDir, DATABASE_FILE))
  try {
    sqlite.prepare(statement).run()
  } finally {
    sqlite.close()
  }
}

function count(d: TempCore, statement: string): number {
  const sqlite = new Database(join(d.dataDir, DATABASE_FILE), { readonly: true })
  try {
    return (sqlite.prepare(statement).get() as { n: number }).n
  } finally {
    sqlite.close()
  }
}

/** A 2026 office whose calendar lacks the 2027 decree: as a desk set up before 2027.json shipped. */
async function officeWithout2027(now = WED_30_DEC_10_WIB): Promise<TempCore> {
  const d = await signedIn(tempCore(undefined, { now }))
  sql(d, `delete from holidays where date >= '2027-01-01'`)
  return d
}

describe('the decree years a desk holds (issue 8, fault 1)', () => {
  it('ships 2027: a new desk knows the 2027 decree and warns of nothing in November 2026', async () => {
    desk = await signedIn(tempCore(undefined, { now: Date.UTC(2026, 10, 30, 3) }))
    const status = await desk.call('calendar.status', {})
    expect(status).toMatchObject({ today: '2026-11-30', missingYears: [] })
    expect(status.decreeYears).toEqual(expect.arrayContaining([2026, 2027]))
  })

  it('warns from 1 October of the year before, in the office time zone, when the next decree is missing', async () => {
    // 30 September 2026 23:30 WIB is still September at the office.
    desk = await officeWithout2027(Date.UTC(2026, 8, 30, 16, 30))
    expect(await desk.call('calendar.status', {})).toMatchObject({ today: '2026-09-30', missingYears: [] })
    desk.clock.now = Date.UTC(2026, 8, 30, 17, 30) // 1 October 00:30 WIB
    desk = await signedIn(desk)
    expect(await desk.call('calendar.status', {})).toMatchObject({
      today: '2026-10-01',
      missingYears: [2027],
    })
    // Into the year itself it still warns, and the fixed-date holidays alone do not count as its decree.
    desk.clock.now = Date.UTC(2027, 0, 5, 3)
    desk = await signedIn(desk)
    const status = await desk.call('calendar.status', {})
    expect(status.missingYears).toEqual([2027])
  })

  it('counts a year as loaded once an administrator enters its decree’s moving days', async () => {
    desk = await officeWithout2027()
    await desk.call('holidays.save', { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national' })
    expect((await desk.call('calendar.status', {})).missingYears).toEqual([2027])
    await desk.call('holidays.save', { date: '2027-03-10', name: 'Idulfitri 1448 Hijriah', kind: 'national' })
    expect((await desk.call('calendar.status', {})).missingYears).toEqual([])
  })

  it('marks deadlines that cross a year without its decree as provisional, and only those', async () => {
    desk = await officeWithout2027()
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
    // Procedure 002 answers a website consultation within 3 working days.
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-website',
    })
    // Thu 31 Dec, (Fri 1 Jan off by rule), Mon 4 Jan, Tue 5 Jan: due Tuesday 10:00 WIB.
    expect(visit.totalDueAt).toBe(Date.UTC(2027, 0, 5, 3))
    expect(visit.totalDueProvisional).toBe(true)
    const board = await desk.call('visits.board', {})
    expect(board.items.find((i) => i.id === visit.id)?.totalDueProvisional).toBe(true)

    // With the 2027 decree loaded the same deadline is firm.
    desk.dispose()
    desk = await signedIn(tempCore(undefined, { now: WED_30_DEC_10_WIB }))
    const visitor2 = await desk.call('visitors.register', visitorInput({ fullName: 'Budi Santoso' }))
    const firm = await desk.call('visits.start', {
      visitorId: visitor2.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-website',
    })
    expect(firm.totalDueProvisional).toBe(false)
    expect(firm.steps.every((s) => s.dueProvisional !== true)).toBe(true)
  })

  it('seeds a shipped year a stand-alone desk lacks at its next start, leaving the administrator’s removals', async () => {
    desk = await officeWithout2027()
    sql(desk, `update holidays set deleted_at = 1 where date = '2026-12-24'`)
    desk = await signedIn(desk.reopen())
    expect(count(desk, `select count(*) n from holidays where date like '2027-%'`)).toBeGreaterThan(20)
    expect(
      count(desk, `select count(*) n from holidays where date = '2026-12-24' and deleted_at is null`),
    ).toBe(0)
    expect((await desk.call('calendar.status', {})).missingYears).toEqual([])
  })

  it('works with no seed for the year at all (a resources folder shipping 2026 only)', async () => {
    const resources = mkdtempSync(join(tmpdir(), 'loket-res-'))
    try {
      cpSync(RESOURCES, resources, { recursive: true })
      rmSync(join(resources, 'holidays', '2027.json'))
      const core = createCore({
        dataDir: mkdtempSync(join(tmpdir(), 'loket-core-')),
        migrationsFolder: MIGRATIONS,
        resourcesFolder: resources,
        appVersion: '0.0.0-test',
        now: () => WED_30_DEC_10_WIB,
      })
      const call = async <C extends Channel>(channel: C, input: unknown) => {
        const result = await core.dispatch({ clientKey: 'test' }, channel, input)
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        return result.value as ChannelOutput<C>
      }
      await call('setup.run', SETUP)
      await call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
      expect((await call('calendar.status', {})).missingYears).toEqual([2027])
      const list = await call('holidays.list', { year: 2027 })
      core.close()
      expect(list.map((h) => [h.date, h.source.kind])).toEqual([
        ['2027-01-01', 'rule'],
        ['2027-05-01', 'rule'],
        ['2027-06-01', 'rule'],
        ['2027-08-17', 'rule'],
        ['2027-12-25', 'rule'],
      ])
    } finally {
      rmSync(resources, { recursive: true, force: true })
    }
  })
})

describe('holiday sources (issue 8, fault 12)', () => {
  it('name the decree of a seeded day, and the office and desk of one an administrator added', async () => {
    desk = await signedIn(tempCore())
    await desk.call('holidays.save', { date: '2026-11-27', name: 'Hari Jadi Kabupaten Solok', kind: 'local' })
    await desk.call('holidays.save', { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'national' })
    const list = await desk.call('holidays.list', { year: 2026 })
    const idulfitri = list.find((h) => h.date === '2026-03-21')
    expect(idulfitri?.source).toMatchObject({ kind: 'decree', label: 'SKB 3 Menteri 2026' })
    expect(idulfitri?.source.citation).toMatch(/^Keputusan Bersama Menteri Agama.*Nomor 1497 Tahun 2025/)
    expect(list.find((h) => h.date === '2026-11-27')?.source).toMatchObject({
      kind: 'office',
      deskCode: 'LK1',
    })
    // Renamed by the office: no longer as the decree has it.
    expect(list.find((h) => h.date === '2026-12-25')?.source.kind).toBe('office')
    expect(list.filter((h) => h.source.kind === 'rule')).toEqual([])
    const y2027 = await desk.call('holidays.list', { year: 2027 })
    expect(y2027.find((h) => h.date === '2027-08-17')?.source.label).toBe('SKB 3 Menteri 2027')
  })
})

describe('office hours and display language settings', () => {
  it('default, round-trip, survive a restart and drive the deadlines', async () => {
    desk = await signedIn(tempCore(undefined, { now: Date.UTC(2026, 10, 24, 7) })) // Tue 24 Nov 14:00 WIB
    expect(await desk.call('settings.get', {})).toMatchObject({
      officeHours: DEFAULT_WEEK_HOURS,
      specialHours: [],
      displayLanguage: 'id',
    })
    expect((await desk.call('queue.display', {})).language).toBe('id')
    const officeHours = { ...DEFAULT_WEEK_HOURS, fri: { opens: '07:30', closes: '11:00' } }
    const specialHours = [
      { from: '2027-02-08', to: '2027-03-09', name: 'Ramadan 1448 H', hours: DEFAULT_WEEK_HOURS },
    ]
    await desk.call('settings.update', { officeHours, specialHours, displayLanguage: 'en' })
    desk = await signedIn(desk.reopen())
    expect(await desk.call('settings.get', {})).toMatchObject({
      officeHours,
      specialHours,
      displayLanguage: 'en',
    })
    expect((await desk.call('queue.display', {})).language).toBe('en')

    // Tuesday 14:00 + 3 working days is Friday 14:00, but this Friday closes at 11:00.
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-website',
    })
    expect(visit.totalDueAt).toBe(Date.UTC(2026, 10, 27, 4))
    expect(visit.totalDueProvisional).toBe(false)
  })

  it('refuses hours that are not HH:mm or close before they open, field by field', async () => {
    desk = await signedIn(tempCore())
    const error = await desk.fail('settings.update', {
      officeHours: {
        ...DEFAULT_WEEK_HOURS,
        mon: { opens: '16:00', closes: '07:30' },
        tue: { opens: '7.30', closes: '16:00' },
      },
    })
    expect(error.code).toBe('validation_failed')
    expect(error.fields?.['officeHours.mon.closes']?.id).toBe('Jam tutup harus sesudah jam buka.')
    expect(error.fields?.['officeHours.tue.opens']?.en).toBe('Not a valid time (format HH:mm, e.g. 07:30).')
  })

  it('writes nothing when saved unchanged', async () => {
    desk = await signedIn(tempCore())
    const settingsChanges = `select count(*) n from outbox where table_name = 'settings'`
    const before = count(desk, settingsChanges)
    const view = await desk.call('settings.get', {})
    await desk.call('settings.update', view)
    expect(count(desk, settingsChanges)).toBe(before)
  })
})
