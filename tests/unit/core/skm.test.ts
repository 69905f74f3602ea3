import Database from 'better-sqlite3'
import { join } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { afterEach, describe, expect, it } from 'vitest'
import { skmQuestionnaire } from '../../../common/skm'
import { DATABASE_FILE } from '../../../core/app'
import { surveyIdOfVisit } from '../../../core/skm/responses'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 12 item 4 at the desk, on a real SQLite file through the contract: survey answer sheets
 * keyed in from paper (complete, with their digits and outbox change; each missing element named;
 * one per visit; only for a finished visit or a consultation's case) and the kiosk (its PIN, the
 * visit number only, the answer bound to the pending visit, the window it locks, the lock-out).
 */

let desk: TempCore
afterEach(() => desk?.dispose())

const MINUTE = 60_000
/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)
const ELEMENTS = skmQuestionnaire().elements

/** A complete sheet: `443344343`. */
const SCORES = { U1: 4, U2: 4, U3: 3, U4: 3, U5: 4, U6: 4, U7: 3, U8: 4, U9: 3 }
const ANSWERS = {
  scores: SCORES,
  comment: 'Petugas ramah, ruang tunggu agak panas.',
  profile: { sex: 'p', age: 34, education: 's1', occupation: 'lainnya', occupationOther: 'Guru honorer' },
}

async function signedInDesk(): Promise<void> {
  desk = tempCore(undefined, { now: MONDAY_9_WIB })
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
}

/** Moves the clock and signs in again (a session ends after its idle time). */
async function at(now: number): Promise<void> {
  desk.clock.now = now
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
}

/** A visit of an information request, called and ended (status `done`). */
async function finishedVisit(fullName = 'Dewi Lestari') {
  const visitor = await desk.call('visitors.register', visitorInput({ fullName }))
  const visit = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
  await desk.call('visits.call', { visitId: visit.id })
  desk.clock.now += 5 * MINUTE
  return desk.call('visits.advance', { visitId: visit.id, stepNo: 0, outcome: 'Brosur layanan diberikan' })
}

function sql<T>(query: string, ...params: unknown[]): T[] {
  const sqlite = new Database(join(desk.dataDir, DATABASE_FILE))
  try {
    return sqlite.prepare(query).all(...params) as T[]
  } finally {
    sqlite.close()
  }
}

interface SheetRow {
  id: string
  visit_id: string | null
  procedure_id: string | null
  questionnaire_version: string
  scores: string
  comment: string
  sex: string | null
  age: number | null
  education: string | null
  occupation: string | null
  occupation_other: string | null
  source: string
  answered_at: number
  office_day: string
  desk_id: string
  user_id: string | null
  origin_desk: string
}

const sheets = () => sql<SheetRow>(`select * from skm_responses order by rowid`)

describe('an answer sheet keyed in from the printed form', () => {
  it('is stored with one digit per element, its profile and visit, and its outbox change', async () => {
    await signedInDesk()
    const visit = await finishedVisit()
    const me = await desk.call('auth.session', {})
    await at(Date.UTC(2026, 10, 23, 17, 30)) // 00.30 WIB on Tuesday: the office's day, not UTC's
    const view = await desk.call('skm.submit', { ...ANSWERS, visitId: visit.id })
    expect(view).toEqual({
      id: surveyIdOfVisit(visit.id),
      visitId: visit.id,
      answeredAt: desk.clock.now,
      source: 'paper',
      questionnaireVersion: 'permenpanrb-14-2017',
      scores: SCORES,
      comment: ANSWERS.comment,
    })
    const [row] = sheets()
    const deskId = sql<{ value: string }>(`select value from local_meta where key = 'desk_id'`)[0]?.value
    expect(row).toMatchObject({
      id: surveyIdOfVisit(visit.id),
      visit_id: visit.id,
      procedure_id: null,
      questionnaire_version: 'permenpanrb-14-2017',
      scores: '443344343',
      sex: 'p',
      age: 34,
      education: 's1',
      occupation: 'lainnya',
      occupation_other: 'Guru honorer',
      source: 'paper',
      office_day: '2026-11-24',
      desk_id: deskId,
      origin_desk: deskId,
      user_id: me?.id,
    })
    const outbox = sql<{ row_id: string; data: string }>(
      `select row_id, data from outbox where table_name = 'skm_responses'`,
    )
    expect(outbox.map((change) => change.row_id)).toEqual([row?.id])
    expect(JSON.parse(outbox[0]?.data ?? '{}')).toMatchObject({ scores: '443344343', visitId: visit.id })
    expect(await desk.call('skm.ofVisit', { visitId: visit.id })).toEqual(view)
    // The audit entry names the visit and the source, not what the respondent wrote.
    const [audit] = sql<{ outcome: string; detail: string }>(
      `select outcome, detail from audit_log where action = 'skm.submit'`,
    )
    expect(audit?.outcome).toBe('ok')
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({
      visitId: visit.id,
      visitNumber: visit.visitNumber,
      source: 'paper',
      questionnaireVersion: 'permenpanrb-14-2017',
    })
    expect(audit?.detail).not.toContain('ramah')
  })

  it('is refused with the missing element named, for each of the nine', async () => {
    await signedInDesk()
    for (const element of ELEMENTS) {
      const { [element.id as keyof typeof SCORES]: _left, ...scores } = SCORES
      const refused = await desk.fail('skm.submit', { ...ANSWERS, scores, visitId: null })
      expect(refused.code).toBe('skm_element_missing')
      expect(refused.message.id).toContain(`Unsur ${element.id} ${element.name.id} belum dijawab`)
      expect(Object.keys(refused.fields ?? {})).toEqual([`scores.${element.id}`])
    }
    expect((await desk.fail('skm.submit', { ...ANSWERS, scores: {}, visitId: null })).message.id).toContain(
      'U1 Persyaratan',
    )
    expect(sheets()).toEqual([])
  })

  it('is refused with an answer off the scale, an element the form lacks, or a box not on the form', async () => {
    await signedInDesk()
    const high = await desk.fail('skm.submit', { ...ANSWERS, scores: { ...SCORES, U4: 5 }, visitId: null })
    expect(high.code).toBe('skm_element_invalid')
    expect(high.message.id).toContain('U4 Biaya/tarif')
    const low = await desk.fail('skm.submit', { ...ANSWERS, scores: { ...SCORES, U9: 0 }, visitId: null })
    expect([low.code, low.message.id.includes('U9 Sarana dan prasarana')]).toEqual([
      'skm_element_invalid',
      true,
    ])
    const stray = await desk.fail('skm.submit', { ...ANSWERS, scores: { ...SCORES, U10: 4 }, visitId: null })
    expect(stray.code).toBe('skm_element_invalid')
    const box = await desk.fail('skm.submit', {
      ...ANSWERS,
      profile: { ...ANSWERS.profile, sex: 'x', education: 's9' },
      visitId: null,
    })
    expect(box.code).toBe('validation_failed')
    expect(Object.keys(box.fields ?? {}).sort()).toEqual(['profile.education', 'profile.sex'])
    expect(sheets()).toEqual([])
  })

  it('is answered once per visit, anonymous ones as often as they come', async () => {
    await signedInDesk()
    const visit = await finishedVisit()
    await at(Date.UTC(2026, 10, 30, 2, 15)) // Monday 30 November 2026, 09.15 WIB
    await desk.call('skm.submit', { ...ANSWERS, visitId: visit.id })
    desk.clock.now += MINUTE
    const twice = await desk.fail('skm.submit', { ...ANSWERS, visitId: visit.id })
    expect(twice.code).toBe('skm_already_answered')
    expect(twice.message.id).toBe(
      `Survei untuk kunjungan ${visit.visitNumber} sudah diisi pada Senin, 30 November 2026 09.15 WIB. Satu kunjungan hanya satu survei.`,
    )
    await desk.call('skm.submit', { ...ANSWERS, visitId: null })
    await desk.call('skm.submit', { ...ANSWERS, comment: '', visitId: null })
    expect(sheets().map((row) => [row.visit_id, row.scores])).toEqual([
      [visit.id, '443344343'],
      [null, '443344343'],
      [null, '443344343'],
    ])
    // The written "Lainnya" is kept only with the box that asks for it.
    await desk.call('skm.submit', {
      ...ANSWERS,
      profile: { ...ANSWERS.profile, occupation: 'pns' },
      visitId: null,
    })
    expect(sheets().at(-1)).toMatchObject({ occupation: 'pns', occupation_other: null })
  })

  it('is refused for an unknown, running or cancelled visit, and taken for a consultation’s running case', async () => {
    await signedInDesk()
    expect((await desk.fail('skm.submit', { ...ANSWERS, visitId: uuidv7() })).code).toBe('visit_not_found')
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Ahmad Fauzi' }))
    const running = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'consultation',
      procedureId: 'konsultasi-tatap-muka',
    })
    expect((await desk.fail('skm.submit', { ...ANSWERS, visitId: running.id })).code).toBe(
      'skm_visit_not_finished',
    )
    const another = await desk.call('visitors.register', visitorInput({ fullName: 'Budi Santoso' }))
    const cancelled = await desk.call('visits.start', { visitorId: another.id, purpose: 'information' })
    await desk.call('visits.cancel', { visitId: cancelled.id, reason: 'Pengunjung pulang' })
    expect((await desk.fail('skm.submit', { ...ANSWERS, visitId: cancelled.id })).code).toBe(
      'skm_visit_not_finished',
    )

    // Seed 000 step 6: the form goes out with the copy of the history while the case still runs.
    await desk.call('visits.call', { visitId: running.id })
    const consultation = await desk.call('consultations.register', {
      visitorId: visitor.id,
      channel: 'walk_in',
      subject: 'Tata cara mutasi ASN',
      visitId: running.id,
    })
    expect(consultation.caseVisitId).toBe(running.id)
    const view = await desk.call('skm.submit', { ...ANSWERS, visitId: running.id })
    expect(view.visitId).toBe(running.id)
    expect(sheets()[0]?.procedure_id).toBe('konsultasi-tatap-muka')
    expect((await desk.call('consultations.get', { id: consultation.id })).survey).toMatchObject({
      source: 'paper',
    })
  })
})

describe('the survey kiosk', () => {
  it('takes answers for the named visit, then anonymous ones, locking the window it was opened in', async () => {
    await signedInDesk()
    const me = await desk.call('auth.session', {})
    const visit = await finishedVisit('Rina Wulandari')
    const other = await finishedVisit('Budi Santoso')
    const officer = await addUser(desk, 'officer')
    expect((await desk.fail('skm.kioskSubmit', ANSWERS)).code).toBe('kiosk_not_open')

    const opened = await desk.call('skm.kioskOpen', { pin: '246810', visitId: visit.id, here: true })
    expect(opened).toEqual({
      open: true,
      visitNumber: visit.visitNumber,
      lockedHere: true,
      questionnaireVersion: 'permenpanrb-14-2017',
      lockedUntil: null,
    })
    // A passer-by reads the visit's number at most, never the visitor's name.
    expect(JSON.stringify(await desk.call('skm.kioskState', {}))).not.toContain('Rina')
    expect(
      (await desk.fail('skm.kioskOpen', { pin: '1111', visitId: null, here: false }, officer)).code,
    ).toBe('kiosk_already_open')

    // The kiosk window: nothing of the officer's session, nothing but the kiosk.
    expect(await desk.call('auth.session', {})).toBeNull()
    expect((await desk.fail('visits.get', { id: visit.id })).code).toBe('kiosk_locked')
    expect((await desk.fail('visits.board', {})).code).toBe('kiosk_locked')
    expect((await desk.fail('skm.kioskVisit', { visitId: null })).code).toBe('kiosk_locked')
    expect((await desk.fail('auth.logout', {})).code).toBe('kiosk_locked')
    expect(
      (await desk.fail('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })).code,
    ).toBe('kiosk_locked')
    expect((await desk.call('skm.questionnaire', {})).elements).toHaveLength(9)
    // The officer's other window keeps working.
    expect((await desk.call('auth.session', {}, officer))?.username).toBe('officer')
    expect((await desk.call('visits.get', { id: visit.id }, officer)).id).toBe(visit.id)
    expect(await desk.call('skm.kioskState', {}, officer)).toMatchObject({ open: true, lockedHere: false })

    const after = await desk.call('skm.kioskSubmit', ANSWERS)
    expect(after).toMatchObject({ open: true, visitNumber: null, lockedHere: true })
    expect(await desk.call('skm.ofVisit', { visitId: visit.id }, officer)).toMatchObject({
      visitId: visit.id,
      source: 'kiosk',
      scores: SCORES,
    })
    await desk.call('skm.kioskSubmit', { ...ANSWERS, scores: { ...SCORES, U1: 1 } })
    expect(sheets().map((row) => [row.visit_id, row.source, row.scores, row.user_id])).toEqual([
      [visit.id, 'kiosk', '443344343', me?.id],
      [null, 'kiosk', '143344343', me?.id],
    ])
    // Refused answers leave nothing behind.
    expect((await desk.fail('skm.kioskSubmit', { ...ANSWERS, scores: { U1: 4 } })).code).toBe(
      'skm_element_missing',
    )

    // The officer names the next visit from the other window; an answered one is refused.
    expect((await desk.fail('skm.kioskVisit', { visitId: visit.id }, officer)).code).toBe(
      'skm_already_answered',
    )
    const named = await desk.call('skm.kioskVisit', { visitId: other.id }, officer)
    expect(named).toMatchObject({ visitNumber: other.visitNumber, lockedHere: false })
    await desk.call('skm.kioskSubmit', ANSWERS)
    expect(sheets().filter((row) => row.visit_id === other.id)).toHaveLength(1)

    // Audited as the opener's kiosk, without the PIN or the comment.
    const audits = sql<{ action: string; user_id: string | null; detail: string }>(
      `select action, user_id, detail from audit_log where action like 'skm.kiosk%' and outcome = 'ok' order by at, rowid`,
    )
    expect(audits.filter((a) => a.action === 'skm.kioskSubmit').map((a) => a.user_id)).toEqual([
      me?.id,
      me?.id,
      me?.id,
    ])
    expect(audits.map((a) => a.detail).join()).not.toMatch(/246810|ramah/)
    expect(JSON.parse(audits[0]?.detail ?? '{}')).toMatchObject({
      visitId: visit.id,
      visitNumber: visit.visitNumber,
    })

    await desk.call('skm.kioskClose', { pin: '246810' })
    expect(await desk.call('skm.kioskState', {})).toMatchObject({ open: false, lockedHere: false })
    expect((await desk.call('auth.session', {}))?.username).toBe(SETUP.adminUsername)
    expect((await desk.call('visits.get', { id: visit.id })).id).toBe(visit.id)
  })

  it('refuses a wrong PIN, and every PIN for five minutes after the fifth wrong one', async () => {
    await signedInDesk()
    const screen = 'second-screen'
    await desk.call('skm.kioskOpen', { pin: '1357', visitId: null, here: false })
    // A second screen: the officer's own window is not locked.
    expect((await desk.call('auth.session', {}))?.username).toBe(SETUP.adminUsername)
    expect(await desk.call('skm.kioskState', {}, screen)).toMatchObject({ open: true, lockedHere: false })
    await desk.call('skm.kioskSubmit', ANSWERS, screen)
    for (let i = 1; i <= 4; i += 1) {
      expect((await desk.fail('skm.kioskClose', { pin: `000${i}` }, screen)).code).toBe('kiosk_pin_wrong')
    }
    const fifth = await desk.fail('skm.kioskClose', { pin: '9999' }, screen)
    expect(fifth.code).toBe('kiosk_pin_locked')
    expect(fifth.message.id).toContain('5 menit')
    expect((await desk.fail('skm.kioskClose', { pin: '1357' }, screen)).code).toBe('kiosk_pin_locked')
    expect((await desk.call('skm.kioskState', {}, screen)).lockedUntil).toBe(desk.clock.now + 5 * MINUTE)
    desk.clock.now += 4 * MINUTE
    expect((await desk.fail('skm.kioskClose', { pin: '1357' }, screen)).message.id).toContain('1 menit')
    desk.clock.now += MINUTE
    expect((await desk.call('skm.kioskState', {}, screen)).lockedUntil).toBeNull()
    expect((await desk.fail('skm.kioskClose', { pin: '2468' }, screen)).code).toBe('kiosk_pin_wrong')
    expect(await desk.call('skm.kioskClose', { pin: '1357' }, screen)).toMatchObject({ open: false })
    expect((await desk.fail('skm.kioskClose', { pin: '1357' }, screen)).code).toBe('kiosk_not_open')
    const refusals = sql<{ outcome: string; detail: string }>(
      `select outcome, detail from audit_log where action = 'skm.kioskClose' order by at, rowid`,
    )
    expect(refusals.map((r) => r.outcome)).toEqual([
      ...Array(4).fill('kiosk_pin_wrong'),
      'kiosk_pin_locked',
      'kiosk_pin_locked',
      'kiosk_pin_locked',
      'kiosk_pin_wrong',
      'ok',
      'kiosk_not_open',
    ])
    expect(refusals.map((r) => r.detail).join()).not.toMatch(/1357|9999/)
  })

  it('refuses to open for a visit still running, and closes with the window it locked', async () => {
    await signedInDesk()
    const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Siti Aminah' }))
    const running = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
    expect((await desk.fail('skm.kioskOpen', { pin: '1234', visitId: running.id, here: true })).code).toBe(
      'skm_visit_not_finished',
    )
    expect((await desk.call('skm.kioskState', {})).open).toBe(false)
    await desk.call('skm.kioskOpen', { pin: '1234', visitId: null, here: true })
    desk.core.endClient('test-client')
    expect((await desk.call('skm.kioskState', {}, 'another')).open).toBe(false)
  })
})
