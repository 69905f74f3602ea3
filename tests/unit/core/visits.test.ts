import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../core/app'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

const MINUTE = 60_000
/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)

async function signedIn(d = tempCore(undefined, { now: MONDAY_9_WIB })): Promise<TempCore> {
  if ((await d.call('app.info', {})).needsSetup) await d.call('setup.run', SETUP)
  await d.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  return d
}

async function aVisitor(d: TempCore, fullName = 'Dewi Lestari') {
  return d.call('visitors.register', visitorInput({ fullName }))
}

function setMeta(d: TempCore, key: string, value: string) {
  const sqlite = new Database(join(d.dataDir, DATABASE_FILE))
  sqlite.prepare(`insert or replace into local_meta (key, value) values (?, ?)`).run(key, value)
  sqlite.close()
}

describe('walk-in complaint-progress inquiry (procedure 001)', () => {
  it('runs through its four steps, timed against 2/5/3/10 minutes, with a reason for an overrun', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const started = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
    })
    expect(started).toMatchObject({
      visitNumber: 'LK1-20261123-0001',
      queueNumber: 'A-001',
      status: 'waiting',
      currentStep: 1,
      totalDueAt: MONDAY_9_WIB + 20 * MINUTE,
    })
    expect(started.steps[0]).toMatchObject({ status: 'running', dueAt: MONDAY_9_WIB + 2 * MINUTE })
    expect((await desk.fail('visits.advance', { visitId: started.id, stepNo: 1 })).code).toBe(
      'not_yet_called',
    )
    expect((await desk.fail('visits.advance', { visitId: started.id, stepNo: 2 })).code).toBe(
      'step_not_running',
    )

    desk.clock.now += MINUTE
    const called = await desk.call('visits.callNext', {})
    expect(called).toMatchObject({ id: started.id, status: 'in_progress', currentStep: 2, calledBy: 'LK1' })
    expect(called.steps.map((s) => s.status)).toEqual(['done', 'running', 'pending', 'pending'])

    desk.clock.now += 4 * MINUTE
    const third = await desk.call('visits.advance', { visitId: started.id, stepNo: 2 })
    expect(third.currentStep).toBe(3)

    desk.clock.now += 10 * MINUTE
    const overdue = await desk.call('visits.get', { id: started.id })
    expect(overdue).toMatchObject({ overdue: true, needsReason: [3] })
    expect((await desk.fail('visits.advance', { visitId: started.id, stepNo: 3 })).code).toBe(
      'reason_required',
    )
    const fourth = await desk.call('visits.advance', {
      visitId: started.id,
      stepNo: 3,
      reason: 'Pengadu mencari berkas pendukung di tasnya',
    })
    expect(fourth.steps[2]).toMatchObject({
      status: 'done',
      overdue: true,
      reason: 'Pengadu mencari berkas pendukung di tasnya',
    })

    desk.clock.now += 6 * MINUTE
    expect((await desk.fail('visits.advance', { visitId: started.id, stepNo: 4 })).code).toBe(
      'outcome_required',
    )
    const done = await desk.call('visits.advance', {
      visitId: started.id,
      stepNo: 4,
      outcome: 'Pengaduan sedang ditelaah bidang; tindak lanjut paling lambat 3 hari kerja.',
    })
    expect(done).toMatchObject({
      status: 'done',
      currentStep: null,
      needsReason: [],
      outcome: expect.stringMatching(/ditelaah/),
    })
    const durations = done.steps.map((s) => ((s.endedAt ?? 0) - (s.startedAt ?? 0)) / MINUTE)
    expect(durations).toEqual([1, 4, 10, 6])
    expect((await desk.fail('visits.advance', { visitId: started.id, stepNo: 4 })).code).toBe('visit_closed')
  })

  it('keeps a visit where it was across an app restart, timers included', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
    })
    desk.clock.now += MINUTE
    await desk.call('visits.call', { visitId: visit.id })
    desk.clock.now += 2 * MINUTE
    const before = await desk.call('visits.advance', { visitId: visit.id, stepNo: 2 })
    desk = await signedIn(desk.reopen())
    desk.clock.now += 30_000
    const after = await desk.call('visits.get', { visitNumber: visit.visitNumber.toLowerCase() })
    expect(after.currentStep).toBe(3)
    expect(after.steps).toEqual(before.steps)
  })
})

describe('walk-in consultation with escalation (procedure 003)', () => {
  it('records the path taken: escalated to the division, resolved there, the head of office step skipped', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-tatap-muka',
    })
    expect(visit.queueNumber).toBe('B-001')
    await desk.call('visits.callNext', { service: 'B' })
    desk.clock.now += 10 * MINUTE
    expect((await desk.fail('visits.advance', { visitId: visit.id, stepNo: 2 })).code).toBe(
      'choose_escalation',
    )
    const escalated = await desk.call('visits.advance', { visitId: visit.id, stepNo: 2, action: 'escalate' })
    expect(escalated.currentStep).toBe(3)
    desk.clock.now += 20 * MINUTE
    const resolved = await desk.call('visits.advance', { visitId: visit.id, stepNo: 3, action: 'resolve' })
    expect(resolved.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'skipped', 'running'])
    desk.clock.now += 20 * MINUTE
    // 50 minutes against the SOP's 45 for the whole consultation, whose steps carry no standard.
    const late = await desk.call('visits.get', { id: visit.id })
    expect(late).toMatchObject({ overdue: true, needsReason: [0] })
    expect(
      (await desk.fail('visits.advance', { visitId: visit.id, stepNo: 5, outcome: 'Rekomendasi diberikan' }))
        .code,
    ).toBe('reason_required')
    const done = await desk.call('visits.advance', {
      visitId: visit.id,
      stepNo: 5,
      outcome: 'Rekomendasi diberikan',
      reason: 'Menunggu kepala bidang selesai rapat',
    })
    expect(done).toMatchObject({
      status: 'done',
      needsReason: [],
      procedureReason: 'Menunggu kepala bidang selesai rapat',
    })
  })
})

describe('queue numbers', () => {
  it('count per service and office day, restart at local midnight, and come from the desk’s own block', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const start = (purpose: 'complaint_progress' | 'consultation' | 'information') =>
      desk.call('visits.start', { visitorId: visitor.id, purpose, allowSecond: true })
    expect((await start('complaint_progress')).queueNumber).toBe('A-001')
    expect((await start('complaint_progress')).queueNumber).toBe('A-002')
    expect((await start('consultation')).queueNumber).toBe('B-001')
    expect((await start('information')).queueNumber).toBe('C-001')

    desk.clock.now = Date.UTC(2026, 10, 23, 16, 59) // 23:59 WIB
    desk = await signedIn(desk) // the session ended after eight idle hours
    expect(await start('complaint_progress')).toMatchObject({
      queueNumber: 'A-003',
      visitNumber: 'LK1-20261123-0005',
    })
    desk.clock.now = Date.UTC(2026, 10, 23, 17, 1) // 00:01 WIB, Tuesday
    expect(await start('complaint_progress')).toMatchObject({
      queueNumber: 'A-001',
      visitNumber: 'LK1-20261124-0001',
    })

    setMeta(desk, 'queue_block', '3')
    expect((await start('complaint_progress')).queueNumber).toBe('A-302')
    setMeta(desk, 'queue_block', '')
    expect((await start('complaint_progress')).queueNumber).toBeNull()
  })

  it('pass over a number this desk already holds, as when it took the code of a desk revoked that day', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    // The revoked desk's visits of the day, as they came down by sync.
    const sqlite = new Database(join(desk.dataDir, DATABASE_FILE))
    for (const n of ['0001', '0002']) {
      sqlite
        .prepare(
          `insert into visits (id, updated_at, hlc, origin_desk, visitor_id, visit_number, purpose, desk_id, status, arrived_at)
           values (?, 1, '0000000000001-0000-old', 'old', ?, ?, 'information', 'old', 'done', 1)`,
        )
        .run(`old-${n}`, visitor.id, `LK1-20261123-${n}`)
    }
    sqlite.close()
    const visit = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    expect(visit.visitNumber).toBe('LK1-20261123-0003')
  })

  it('calls first come first served, per service, and the display shows calls without personal data', async () => {
    desk = await signedIn()
    const ani = await aVisitor(desk, 'Ani')
    const budi = await aVisitor(desk, 'Budi')
    const a1 = await desk.call('visits.start', { visitorId: ani.id, purpose: 'information' })
    desk.clock.now += MINUTE
    const a2 = await desk.call('visits.start', { visitorId: budi.id, purpose: 'information' })
    expect((await desk.call('queue.display', {})).waiting).toBe(2)
    expect((await desk.call('visits.callNext', {})).id).toBe(a1.id)
    desk.clock.now += MINUTE
    expect((await desk.call('visits.callNext', { service: 'C' })).id).toBe(a2.id)
    expect((await desk.fail('visits.callNext', {})).code).toBe('queue_empty')
    const display = await desk.call('queue.display', {}, 'the-waiting-room-tv')
    expect(display).toMatchObject({
      officeName: SETUP.officeName,
      waiting: 0,
      calls: [
        { queueNumber: 'C-002', counter: 'LK1' },
        { queueNumber: 'C-001', counter: 'LK1' },
      ],
    })
    expect(JSON.stringify(display)).not.toMatch(/Ani|Budi/)
  })

  it('lets only officers and administrators call, and a receptionist register and start', async () => {
    desk = await signedIn()
    const receptionist = await addUser(desk, 'receptionist')
    const visitor = await aVisitor(desk)
    await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' }, receptionist)
    expect((await desk.fail('visits.callNext', {}, receptionist)).code).toBe('forbidden')
  })
})

describe('one person, one queue number (issue 8, fault 8)', () => {
  it('asks before a second number for a visitor still waiting or being served, and names the one held', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk, 'Nurhayati')
    const first = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
    })
    expect(first).toMatchObject({ queueNumber: 'A-001', status: 'waiting' })

    // Waiting: another purpose too, and from another receptionist, is refused with the number held.
    const refused = await desk.fail('visits.start', { visitorId: visitor.id, purpose: 'consultation' })
    expect(refused.code).toBe('visit_already_open')
    expect(refused.message.id).toContain('Nurhayati sudah memegang nomor antrean A-001')
    expect(refused.message.en).toContain('already holds queue number A-001')
    expect((await desk.call('visits.board', {})).items).toHaveLength(1)

    // Being served: still refused.
    await desk.call('visits.call', { visitId: first.id })
    expect((await desk.fail('visits.start', { visitorId: visitor.id, purpose: 'information' })).code).toBe(
      'visit_already_open',
    )
    // Confirmed: a second number for another matter.
    const second = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'information',
      allowSecond: true,
    })
    expect(second.queueNumber).toBe('C-001')

    // Once both are closed, the next visit needs no confirmation; the next day neither.
    await desk.call('visits.cancel', { visitId: second.id, reason: 'Digabung dengan nomor A-001' })
    await desk.call('visits.cancel', { visitId: first.id, reason: 'Pengunjung pulang' })
    const third = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    desk.clock.now = Date.UTC(2026, 10, 24, 2)
    desk = await signedIn(desk)
    const nextDay = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    expect(nextDay.queueNumber).toBe('C-001')

    // A receptionist of another visitor is not held up by this one.
    const other = await aVisitor(desk, 'Budi Santoso')
    expect(
      (await desk.call('visits.start', { visitorId: other.id, purpose: 'information' })).queueNumber,
    ).toBe('C-002')

    // The visitor's page: open visits first (yesterday's never-called one stays open), then the past.
    const mine = await desk.call('visits.ofVisitor', { visitorId: visitor.id })
    expect(mine.open.map((v) => v.id)).toEqual([nextDay.id, third.id])
    expect(mine.past.map((v) => [v.id, v.status])).toEqual([
      [second.id, 'cancelled'],
      [first.id, 'cancelled'],
    ])
    expect(mine.pastTotal).toBe(2)
    expect(mine.past[1]).toMatchObject({
      queueNumber: 'A-001',
      procedureCode: '001',
      purpose: 'complaint_progress',
    })
    expect((await desk.fail('visits.ofVisitor', { visitorId: 'nobody' })).code).toBe('visitor_not_found')
  })
})

describe('a visit without a procedure, and cancelling', () => {
  it('is called and finished with an outcome; a cancelled one says why', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const info = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    expect(info).toMatchObject({ procedure: null, steps: [], status: 'waiting' })
    expect((await desk.fail('visits.advance', { visitId: info.id, stepNo: 0, outcome: 'x' })).code).toBe(
      'not_yet_called',
    )
    await desk.call('visits.call', { visitId: info.id })
    const done = await desk.call('visits.advance', {
      visitId: info.id,
      stepNo: 0,
      outcome: 'Brosur layanan diberikan',
    })
    expect(done).toMatchObject({ status: 'done', outcome: 'Brosur layanan diberikan' })

    const other = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    const cancelled = await desk.call('visits.cancel', {
      visitId: other.id,
      reason: 'Pengunjung pulang sebelum dipanggil',
    })
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Pengunjung pulang sebelum dipanggil',
    })
    const board = await desk.call('visits.board', {})
    expect(board.items.map((i) => i.status)).toEqual(['done', 'cancelled'])
  })
})

describe('working-day standards (procedure 000)', () => {
  it('count the office calendar: Idulfitri 2026 and its cuti bersama are not working days', async () => {
    // Tuesday 17 March 2026, 10:00 WIB: the study step (3 working days) starts the day before the long break.
    desk = await signedIn(tempCore(undefined, { now: Date.UTC(2026, 2, 17, 3) }))
    const visitor = await aVisitor(desk)
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-surat-email',
    })
    expect(visit).toMatchObject({
      channel: 'letter',
      queueNumber: null,
      status: 'in_progress',
      currentStep: 1,
    })
    for (const stepNo of [1, 2, 3, 4]) {
      desk.clock.now += 5 * MINUTE
      await desk.call('visits.advance', { visitId: visit.id, stepNo })
    }
    const studying = await desk.call('visits.get', { id: visit.id })
    expect(studying.currentStep).toBe(5)
    // 18–24 March are holidays or cuti bersama (and a weekend): three working days run to Friday 27 March.
    expect(studying.steps[4]?.dueAt).toBe(Date.UTC(2026, 2, 27, 3, 20))
  })
})

describe('late entry', () => {
  it('keys in a visit written on paper with its real times, flagged, numbered for its own day', async () => {
    desk = await signedIn()
    const visitor = await aVisitor(desk)
    const friday = Date.UTC(2026, 10, 20, 2) // Friday 20 November, 09:00 WIB
    const late = await desk.call('visits.recordLate', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
      arrivedAt: friday,
      queueNumber: 'a-014',
      steps: [
        { no: 1, skipped: false, startedAt: friday, endedAt: friday + MINUTE },
        { no: 2, skipped: false, startedAt: friday + MINUTE, endedAt: friday + 5 * MINUTE },
        {
          no: 3,
          skipped: false,
          startedAt: friday + 5 * MINUTE,
          endedAt: friday + 12 * MINUTE,
          reason: 'Listrik padam',
        },
        { no: 4, skipped: false, startedAt: friday + 12 * MINUTE, endedAt: friday + 20 * MINUTE },
      ],
      outcome: 'Progres disampaikan',
    })
    expect(late).toMatchObject({
      visitNumber: 'LK1-20261120-0001',
      queueNumber: 'A-014',
      status: 'done',
      enteredLate: true,
      recordedAt: MONDAY_9_WIB,
      arrivedAt: friday,
      finishedAt: friday + 20 * MINUTE,
      needsReason: [],
    })
    expect(late.steps[2]).toMatchObject({ overdue: true, reason: 'Listrik padam' })

    // SOP 003 times only the whole consultation (45 min): its overrun's reason comes with the entry.
    const consultation = await desk.call('visits.recordLate', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-tatap-muka',
      arrivedAt: friday,
      steps: [
        { no: 1, skipped: false, startedAt: friday, endedAt: friday + 5 * MINUTE },
        { no: 2, skipped: false, startedAt: friday + 5 * MINUTE, endedAt: friday + 30 * MINUTE },
        { no: 3, skipped: false, startedAt: friday + 30 * MINUTE, endedAt: friday + 45 * MINUTE },
        { no: 4, skipped: true },
        { no: 5, skipped: false, startedAt: friday + 45 * MINUTE, endedAt: friday + 50 * MINUTE },
      ],
      procedureReason: 'Kepala bidang sedang rapat',
      outcome: 'Saran diberikan',
    })
    expect(consultation).toMatchObject({ needsReason: [], visitNumber: 'LK1-20261120-0002' })
    expect(consultation.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'skipped', 'done'])

    const error = await desk.fail('visits.recordLate', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      procedureId: 'pengaduan-progres-tatap-muka',
      arrivedAt: friday,
      steps: [
        { no: 1, skipped: false, startedAt: friday, endedAt: friday + MINUTE },
        { no: 2, skipped: false, startedAt: friday - MINUTE, endedAt: friday + 5 * MINUTE },
        { no: 3, skipped: true },
        { no: 4, skipped: false, startedAt: friday + 5 * MINUTE, endedAt: friday + 9 * MINUTE },
      ],
      outcome: 'x',
    })
    expect(error.code).toBe('validation_failed')
    expect(Object.keys(error.fields ?? {})).toEqual(['steps.1.startedAt'])
    const future = await desk.fail('visits.recordLate', {
      visitorId: visitor.id,
      purpose: 'information',
      arrivedAt: MONDAY_9_WIB + MINUTE,
      steps: [],
      finishedAt: MONDAY_9_WIB + 2 * MINUTE,
      outcome: 'x',
    })
    expect(future.fields).toHaveProperty('arrivedAt')
  })
})
