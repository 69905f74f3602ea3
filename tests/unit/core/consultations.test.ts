import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 12 at the desk, on a real SQLite file: a consultation by letter recorded with its number and
 * case visit on seed 000, moved through its steps by their roles (the secretariat's, the head's
 * disposition, the assignee's answer), the work lists by due date across holidays and cuti bersama,
 * walk-in consultations recorded from their visit, and the refusals.
 */

let desk: TempCore
afterEach(() => desk?.dispose())

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)

let staff = ''
let head = ''
let officer = ''

async function office() {
  desk = tempCore(undefined, { now: MONDAY_9_WIB })
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  staff = await addUser(desk, 'staff', 'rina')
  head = await addUser(desk, 'head', 'budi')
  officer = await addUser(desk, 'officer', 'andi')
}

/** Moves the clock and signs everyone in again (a session ends after its idle time). */
async function at(now: number) {
  desk.clock.now = now
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  for (const [name, client] of [
    ['rina', staff],
    ['budi', head],
    ['andi', officer],
  ] as const) {
    await desk.call('auth.login', { username: name, password: `${name}-password` }, client)
  }
}

async function userId(client: string) {
  const session = await desk.call('auth.session', {}, client)
  if (!session) throw new Error('not signed in')
  return session.id
}

async function letter(receivedAt = MONDAY_9_WIB - 5 * MINUTE) {
  // The secretariat records the letter's requester too (seed 000 step 2).
  const visitor = await desk.call(
    'visitors.register',
    visitorInput({ fullName: 'Drs. Hendra Wijaya', nik: '', phone: '0812 1111 2222' }),
    staff,
  )
  return desk.call(
    'consultations.register',
    {
      visitorId: visitor.id,
      channel: 'letter',
      subject: 'Mohon penjelasan tata cara pengajuan cuti pegawai',
      reference: '800/123/BKD/2026',
      receivedAt,
      attachments: [{ description: 'Surat permohonan', pages: 2 }, { description: 'Fotokopi SK' }],
    },
    staff,
  )
}

describe('a consultation by letter (seed 000)', () => {
  it('gets its number and a case on seed 000, its recording step running since it came in', async () => {
    await office()
    const consultation = await letter()
    expect(consultation).toMatchObject({
      number: 'KON-LK1-20261123-0001',
      channel: 'letter',
      status: 'unassigned',
      reference: '800/123/BKD/2026',
      requesterName: 'Drs. Hendra Wijaya',
      currentStep: 2,
      currentRole: 'desk',
      ownDesk: true,
      assignment: null,
      answer: null,
      attachments: [
        { description: 'Surat permohonan', pages: 2 },
        { description: 'Fotokopi SK', pages: null },
      ],
    })
    expect(consultation.caseVisit.procedure?.id).toBe('konsultasi-surat-email')
    expect(consultation.caseVisit.consultationId).toBe(consultation.id)
    const [first, second] = consultation.caseVisit.steps
    expect(first).toMatchObject({ status: 'done', startedAt: MONDAY_9_WIB - 5 * MINUTE })
    expect(second).toMatchObject({ status: 'running', dueAt: MONDAY_9_WIB + 5 * MINUTE })
    // Not queued: a letter is worked from the desk.
    expect(consultation.caseVisit.queueNumber).toBeNull()
    expect((await desk.call('consultations.ofVisit', { visitId: consultation.caseVisitId }))?.id).toBe(
      consultation.id,
    )
  })

  it('runs through its steps by their roles: the secretariat, the head’s disposition, the assignee’s answer', async () => {
    await office()
    const c = await letter()
    const andi = await userId(officer)

    // Step 2, the secretariat's; overran its 10 minutes by the time it is passed on.
    await at(MONDAY_9_WIB + 20 * MINUTE)
    const refused = await desk.fail('consultations.advance', { consultationId: c.id, stepNo: 2 }, staff)
    expect(refused.code).toBe('reason_required')
    const atHead = await desk.call(
      'consultations.advance',
      { consultationId: c.id, stepNo: 2, reason: 'Surat baru dibuka setelah rapat' },
      staff,
    )
    expect(atHead).toMatchObject({
      currentStep: 3,
      currentRole: 'head',
      may: { assign: false, advance: false },
    })

    // Step 3 is the head's, and ends only by the disposition.
    expect((await desk.fail('consultations.advance', { consultationId: c.id, stepNo: 3 }, staff)).code).toBe(
      'step_for_head',
    )
    expect((await desk.fail('consultations.advance', { consultationId: c.id, stepNo: 3 }, head)).code).toBe(
      'step_needs_assignment',
    )
    expect(
      (await desk.fail('consultations.assign', { consultationId: c.id, assigneeId: andi }, staff)).code,
    ).toBe('forbidden')
    const work = await desk.call('consultations.myWork', {}, head)
    expect(work.assigns).toBe(true)
    expect(work.unassigned.map((hit) => hit.id)).toEqual([c.id])

    const assigned = await desk.call(
      'consultations.assign',
      { consultationId: c.id, assigneeId: andi, note: 'Mohon dijawab sesuai PP 11/2017' },
      head,
    )
    expect(assigned).toMatchObject({
      status: 'assigned',
      currentStep: 4,
      assignment: {
        assigneeId: andi,
        assigneeName: 'User andi',
        byName: 'User budi',
        note: 'Mohon dijawab sesuai PP 11/2017',
      },
    })
    // Seed 000 step 5: three working days from the disposition (Monday 09:20 → Thursday 09:20).
    expect(assigned.answerDueAt).toBe(MONDAY_9_WIB + 20 * MINUTE + 3 * 24 * HOUR)
    expect((await desk.call('consultations.myWork', {}, head)).unassigned).toEqual([])

    // Only the assignee (or a head) answers.
    expect(
      (await desk.fail('consultations.answer', { consultationId: c.id, answer: 'Jawaban staf' }, staff)).code,
    ).toBe('not_assignee')
    await desk.call('consultations.advance', { consultationId: c.id, stepNo: 4 }, staff)
    const step5 = await desk.call('consultations.get', { id: c.id }, officer)
    expect(step5).toMatchObject({
      currentStep: 5,
      currentRole: 'assignee',
      may: { answer: true, advance: false },
    })
    expect(
      (await desk.fail('consultations.advance', { consultationId: c.id, stepNo: 5 }, officer)).code,
    ).toBe('step_needs_answer')
    const answered = await desk.call(
      'consultations.answer',
      {
        consultationId: c.id,
        answer: 'Cuti diajukan melalui atasan langsung paling lambat 7 hari sebelumnya.',
      },
      officer,
    )
    expect(answered).toMatchObject({ status: 'answered', currentStep: 6, answer: { byName: 'User andi' } })
    expect(answered.events.map((e) => e.kind)).toEqual(['assigned', 'answered'])
    expect((await desk.call('consultations.myWork', {}, officer)).today).toEqual([])

    // Steps 6–8 (the copy and form sent, the form back, filed) and the outcome at the end.
    for (const stepNo of [6, 7])
      await desk.call('consultations.advance', { consultationId: c.id, stepNo }, staff)
    const done = await desk.call(
      'consultations.advance',
      { consultationId: c.id, stepNo: 8, outcome: 'Jawaban dan formulir SKM dikirim; arsip disimpan' },
      staff,
    )
    expect(done.status).toBe('done')
    expect(done.caseVisit.steps.find((s) => s.no === 2)?.reason).toBe('Surat baru dibuka setelah rapat')
    expect(
      (await desk.fail('consultations.answer', { consultationId: c.id, answer: 'lagi' }, officer)).code,
    ).toBe('consultation_closed')
  })

  it('puts the answer due in the assignee’s work list by office day, across holidays and cuti bersama', async () => {
    await office()
    await desk.call('holidays.save', { date: '2026-11-25', name: 'Hari Guru (libur daerah)', kind: 'local' })
    await desk.call('holidays.save', { date: '2026-11-26', name: 'Cuti bersama', kind: 'cuti_bersama' })
    const c = await letter()
    const andi = await userId(officer)
    await desk.call('consultations.advance', { consultationId: c.id, stepNo: 2 }, staff)
    const assigned = await desk.call('consultations.assign', { consultationId: c.id, assigneeId: andi }, head)
    // Monday 09:00 + three working days, Wednesday and Thursday off: Tuesday, Friday, Monday 30th.
    const due = Date.UTC(2026, 10, 30, 2)
    expect(assigned.answerDueAt).toBe(due)

    const buckets = async () => {
      const work = await desk.call('consultations.myWork', {}, officer)
      return {
        overdue: work.overdue.length,
        today: work.today.length,
        tomorrow: work.tomorrow.length,
        later: work.later.length,
        tomorrowDay: work.tomorrowDay,
      }
    }
    expect(await buckets()).toEqual({
      overdue: 0,
      today: 0,
      tomorrow: 0,
      later: 1,
      tomorrowDay: '2026-11-24',
    })
    // Friday: the next working day is Monday, and that is when the answer is due.
    await at(Date.UTC(2026, 10, 27, 2))
    expect(await buckets()).toEqual({
      overdue: 0,
      today: 0,
      tomorrow: 1,
      later: 0,
      tomorrowDay: '2026-11-30',
    })
    await at(Date.UTC(2026, 10, 30, 1))
    expect(await buckets()).toEqual({
      overdue: 0,
      today: 1,
      tomorrow: 0,
      later: 0,
      tomorrowDay: '2026-12-01',
    })
    await at(Date.UTC(2026, 10, 30, 3))
    expect(await buckets()).toEqual({
      overdue: 1,
      today: 0,
      tomorrow: 0,
      later: 0,
      tomorrowDay: '2026-12-01',
    })
    const [late] = (await desk.call('consultations.myWork', {}, officer)).overdue
    expect(late).toMatchObject({ id: c.id, overdue: true })
    // Nobody else's list holds it.
    expect((await desk.call('consultations.myWork', {}, staff)).overdue).toEqual([])
  })

  it('refuses a time received in the future, an assignee who cannot answer, and another desk’s record', async () => {
    await office()
    const future = await desk.fail(
      'consultations.register',
      {
        visitorId: (await desk.call('visitors.register', visitorInput({ fullName: 'Rudi Hartono' }))).id,
        channel: 'email',
        subject: 'Pertanyaan',
        receivedAt: MONDAY_9_WIB + 2 * HOUR,
      },
      staff,
    )
    expect(future.code).toBe('received_in_future')
    expect(future.fields?.receivedAt).toBeDefined()
    const c = await letter()
    const receptionist = await addUser(desk, 'receptionist', 'tono')
    const tono = await userId(receptionist)
    expect(
      (await desk.fail('consultations.assign', { consultationId: c.id, assigneeId: tono }, head)).code,
    ).toBe('assignee_not_eligible')
    const updated = await desk.call(
      'consultations.setAttachments',
      { consultationId: c.id, attachments: [{ description: 'Surat susulan', pages: 1 }] },
      staff,
    )
    expect(updated.attachments).toEqual([{ description: 'Surat susulan', pages: 1 }])
  })

  it('finds consultations by number, requester or subject words, open or all', async () => {
    await office()
    const c = await letter()
    const byName = await desk.call('consultations.list', { query: 'hendra' }, staff)
    expect(byName.map((hit) => hit.id)).toEqual([c.id])
    expect((await desk.call('consultations.list', { query: 'KON-LK1-20261123' }, staff)).length).toBe(1)
    expect((await desk.call('consultations.list', { query: 'cuti pegawai' }, staff)).length).toBe(1)
    expect(await desk.call('consultations.list', { query: '100%_' }, staff)).toEqual([])
    expect(await desk.call('consultations.list', { query: 'tidak ada' }, staff)).toEqual([])
  })
})

describe('the copy of the consultation history', () => {
  const run = promisify(execFile)
  async function textOf(documentId: string): Promise<string> {
    const file = join(desk.dataDir, `${documentId}.pdf`)
    writeFileSync(file, Buffer.from((await desk.call('documents.pdf', { documentId })).base64, 'base64'))
    return (await run('pdftotext', ['-raw', file, '-'])).stdout.replace(/\s+/g, ' ')
  }

  it('is drawn anew as the consultation moves on, listed with its case visit', async () => {
    await office()
    const c = await letter()
    const before = await desk.call(
      'documents.issue',
      { kind: 'consultation_copy', consultationId: c.id },
      staff,
    )
    expect(before).toMatchObject({
      kind: 'consultation_copy',
      number: 'SRK/LK1/20261123/0001',
      visitId: c.caseVisitId,
    })
    expect(await textOf(before.id)).toContain('Belum dijawab')
    await desk.call('consultations.advance', { consultationId: c.id, stepNo: 2 }, staff)
    await desk.call('consultations.assign', { consultationId: c.id, assigneeId: await userId(officer) }, head)
    await desk.call(
      'consultations.answer',
      { consultationId: c.id, answer: 'Cuti diajukan melalui atasan.' },
      head,
    )
    const after = await desk.call(
      'documents.issue',
      { kind: 'consultation_copy', consultationId: c.id },
      staff,
    )
    expect(after.number).toBe('SRK/LK1/20261123/0002')
    const text = await textOf(after.id)
    expect(text).toContain('KON-LK1-20261123-0001')
    expect(text).toContain('Cuti diajukan melalui atasan.')
    expect(text).toContain('User andi')
    const ofVisit = await desk.call('documents.ofVisit', { visitId: c.caseVisitId }, staff)
    expect(ofVisit.map((d) => d.number)).toEqual(expect.arrayContaining([before.number, after.number]))
  })
})

describe('a walk-in consultation (seed 003)', () => {
  it('is recorded from its running visit, once, and that visit is its case', async () => {
    await office()
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Sri Wahyuni' }))
    const visit = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-tatap-muka',
    })
    await desk.call('visits.call', { visitId: visit.id }, officer)
    const c = await desk.call(
      'consultations.register',
      {
        visitorId: visitor.id,
        channel: 'walk_in',
        subject: 'Konsultasi penyusunan APBDes',
        visitId: visit.id,
      },
      officer,
    )
    expect(c).toMatchObject({
      channel: 'walk_in',
      caseVisitId: visit.id,
      status: 'unassigned',
      may: { answer: true },
    })
    expect(
      (
        await desk.fail(
          'consultations.register',
          { visitorId: visitor.id, channel: 'walk_in', subject: 'Lagi', visitId: visit.id },
          officer,
        )
      ).code,
    ).toBe('consultation_visit_taken')
    // Seed 003 has no answer step: whoever serves it records the answer.
    const answered = await desk.call(
      'consultations.answer',
      { consultationId: c.id, answer: 'Disarankan mengikuti Permendagri 20/2018' },
      officer,
    )
    expect(answered.status).toBe('answered')

    const other = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'information',
      allowSecond: true,
    })
    expect(
      (
        await desk.fail(
          'consultations.register',
          { visitorId: visitor.id, channel: 'walk_in', subject: 'x', visitId: other.id },
          officer,
        )
      ).code,
    ).toBe('consultation_visit_unfit')
    // A later visit about it is linked, and listed on the consultation.
    await desk.call('visits.setConsultation', { visitId: other.id, consultationId: c.id }, officer)
    expect((await desk.call('consultations.get', { id: c.id })).visits.map((v) => v.id)).toEqual([other.id])
    expect(
      (await desk.fail('visits.setConsultation', { visitId: visit.id, consultationId: null }, officer)).code,
    ).toBe('consultation_visit_taken')
  })
})
