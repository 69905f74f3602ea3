import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel } from '../../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../../common/contract'
import { holidayRowId } from '../../../common/holidays'
import type { LoketCore } from '../../../core/app'
import { createCore } from '../../../core/app'
import { setHoliday } from '../../../server/admin/holidays'
import { createOffice, createUser } from '../../../server/admin/operations'
import { rows } from '../../../server/schema'
import type { TestServer } from '../../helpers/test-server'
import { startTestServer } from '../../helpers/test-server'
import { MIGRATIONS, RESOURCES } from '../../helpers/temp-core'

/**
 * The front desk's tables in sync: visitors, visits, their step events and the office calendar
 * go up from one desk and come down to the office's other desks through a real server over HTTP.
 */
let central: TestServer
const dirs: string[] = []
const cores: LoketCore[] = []

beforeAll(async () => {
  central = await startTestServer()
})
afterAll(async () => {
  for (const core of cores) core.close()
  await central.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

interface Desk {
  core: LoketCore
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
}

function newDesk(): Desk {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-fd-'))
  dirs.push(dataDir)
  const core = createCore({
    dataDir,
    migrationsFolder: MIGRATIONS,
    resourcesFolder: RESOURCES,
    appVersion: 'test',
  })
  cores.push(core)
  return {
    core,
    async call(channel, input) {
      const result = await core.dispatch({ clientKey: 'window' }, channel, input)
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
      return result.value as ChannelOutput<typeof channel>
    },
  }
}

async function enrolled(officeId: string, deskCode: string): Promise<Desk> {
  const desk = newDesk()
  const { createEnrolmentCode } = await import('../../../server/admin/operations')
  const { code } = await createEnrolmentCode(central.database.db, { officeId }, Date.now())
  await desk.call('sync.enroll', { serverUrl: central.url, code, deskCode })
  await desk.call('auth.login', { username: 'sari', password: 'sandi-rahasia' })
  return desk
}

describe('front desk data across the desks of an office', () => {
  it('reaches the server and the other desks: visitors searchable, visits callable anywhere, days off shared', async () => {
    const { db } = central.database
    const { officeId } = await createOffice(db, { name: 'Kantor Antrean' }, Date.now())
    await createUser(
      db,
      { officeId, username: 'sari', fullName: 'Sari', role: 'admin', password: 'sandi-rahasia' },
      Date.now(),
    )
    const reception = await enrolled(officeId, 'LK1')
    const counter = await enrolled(officeId, 'LK2')

    // A second desk may not take a code the office already uses: visit numbers start with it.
    const clash = newDesk()
    const { createEnrolmentCode } = await import('../../../server/admin/operations')
    const { code } = await createEnrolmentCode(db, { officeId }, Date.now())
    const refused = await clash.core.dispatch({ clientKey: 'w' }, 'sync.enroll', {
      serverUrl: central.url,
      code,
      deskCode: 'lk1',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'desk_code_taken' } })

    const visitor = await reception.call('visitors.register', {
      fullName: 'Siti Rahmawati',
      nik: '1302014107850002',
      phone: '0813 1111 2222',
      consent: true,
    })
    const visit = await reception.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
    })
    expect(visit.queueNumber).toBe('A-001')
    // The office calendar is written centrally (ARCHITECTURE.md "Trust") and reaches every desk.
    await setHoliday(
      db,
      { officeId, date: '2026-12-31', name: 'Libur kantor akhir tahun', kind: 'local' },
      Date.now(),
    )
    await reception.call('sync.now', {})

    await counter.call('sync.now', {})
    expect((await counter.call('visitors.search', { query: 'Rahmawaty', limit: 5 }))[0]).toMatchObject({
      id: visitor.id,
    })
    expect((await counter.call('visits.board', {})).items).toMatchObject([
      { id: visit.id, status: 'waiting' },
    ])
    const called = await counter.call('visits.callNext', {})
    expect(called).toMatchObject({ id: visit.id, calledBy: 'LK2', currentStep: 2, deskCode: 'LK1' })
    // The counter's own numbers come from its own block: no clash with the reception's A-001.
    // A second matter of the same visitor, confirmed (she is still being served on the first).
    const own = await counter.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      allowSecond: true,
    })
    expect(own.queueNumber).toBe('A-101')
    const days = await counter.call('holidays.list', { year: 2026 })
    expect(days.find((d) => d.date === '2026-12-31')).toMatchObject({ kind: 'local', fromCentral: true })
    expect(days.find((d) => d.date === '2026-03-21')).toMatchObject({ kind: 'national', fromCentral: true })
    await counter.call('sync.now', {})

    await reception.call('sync.now', {})
    expect(await reception.call('visits.get', { id: visit.id })).toMatchObject({
      status: 'in_progress',
      calledBy: 'LK2',
      currentStep: 2,
    })
    const display = await reception.call('queue.display', {})
    expect(display.calls[0]).toMatchObject({ queueNumber: 'A-001', counter: 'LK2' })

    const held = async (table: string, rowId: string) =>
      db
        .select({ rowId: rows.rowId })
        .from(rows)
        .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table), eq(rows.rowId, rowId)))
    expect(await held('visitors', visitor.id)).toHaveLength(1)
    expect(await held('visits', visit.id)).toHaveLength(1)
    expect(await held('visits', own.id)).toHaveLength(1)
    expect(await held('holidays', holidayRowId(officeId, '2026-12-31'))).toHaveLength(1)
    const events = await db
      .select({ data: rows.data })
      .from(rows)
      .where(and(eq(rows.officeId, officeId), eq(rows.tableName, 'visit_step_events')))
    expect(events.map((e) => e.data.kind).sort()).toEqual(['call', 'end', 'start', 'start'])
  })
})
