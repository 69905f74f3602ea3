import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../core/app'
import { surveyIdOfVisit } from '../../../core/skm/responses'
import { useCentral } from '../../helpers/central'
import { enrolledDesk as enrolledDeskOn, officeWithStaff } from '../../helpers/office'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import type { TempCore } from '../../helpers/temp-core'
import { visitorInput } from '../../helpers/temp-core'

/**
 * Issue 12's survey answers in the sync, with real desks (SQLite files, their contract) and a real
 * central server over HTTP, on PGlite and, when TEST_DATABASE_URL names one, PostgreSQL: sheets
 * answered at one desk go up and come down to the office's other desk (every desk reports the
 * office's IKM); and a visit's sheet is counted once: a second sheet for the same visit, keyed in at
 * another desk before the first arrived there, is refused by the server (server/sync/admit.ts,
 * surveyOwners) and gives way on that desk to the one the server kept.
 */

const SCORES = { U1: 4, U2: 4, U3: 3, U4: 3, U5: 4, U6: 4, U7: 3, U8: 4, U9: 3 }

/** A visit of an information request at `desk`, called and ended. */
async function finishedVisit(desk: TempCore, fullName: string) {
  const visitor = await desk.call('visitors.register', visitorInput({ fullName }))
  const visit = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'information' })
  await desk.call('visits.call', { visitId: visit.id })
  return desk.call('visits.advance', { visitId: visit.id, stepNo: 0, outcome: 'Informasi diberikan' })
}

/** The desk's own sheets, read from its file as the IKM report will. */
function localSheets(desk: TempCore): { id: string; visit_id: string | null; scores: string }[] {
  const sqlite = new Database(join(desk.dataDir, DATABASE_FILE), { readonly: true })
  try {
    return sqlite.prepare(`select id, visit_id, scores from skm_responses order by scores, id`).all() as {
      id: string
      visit_id: string | null
      scores: string
    }[]
  } finally {
    sqlite.close()
  }
}

describe.each(SERVER_BACKENDS)('survey answers in the sync, on %s', (backend) => {
  const fixture = useCentral(backend)
  const { desks, officeRows } = fixture

  it('takes a visit’s sheet and an anonymous one from one desk to the other', async () => {
    const officeId = await officeWithStaff(fixture.central, `Kantor Survei ${backend}`)
    const a = await enrolledDeskOn(fixture.central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(fixture.central, desks, officeId, 'LK2')
    const visit = await finishedVisit(a, 'Dewi Lestari')
    const sheet = await a.call('skm.submit', {
      scores: SCORES,
      comment: 'Cepat dan jelas',
      profile: { sex: 'p', age: 41, education: 'sma', occupation: 'wirausaha', occupationOther: '' },
      visitId: visit.id,
    })
    await a.call('skm.submit', { scores: { ...SCORES, U9: 1 }, visitId: null })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
    const stored = await officeRows(officeId, 'skm_responses')
    expect(stored.map((row) => [row.data.visitId ?? null, row.data.scores]).sort()).toEqual([
      [null, '443344341'],
      [visit.id, '443344343'],
    ])

    await b.call('sync.now', {})
    expect(await b.call('skm.ofVisit', { visitId: visit.id })).toEqual(sheet)
    expect(localSheets(b).map((row) => row.scores)).toEqual(['443344341', '443344343'])
    // Desk LK2 now knows the visit was answered, and says so.
    const twice = await b.fail('skm.submit', { scores: SCORES, visitId: visit.id })
    expect(twice.code).toBe('skm_already_answered')
    expect(twice.message.id).toContain(visit.visitNumber)
    expect((await b.call('sync.status', {})).held).toBe(0)
  })

  it('refuses a second sheet for the same visit from another desk, and counts the visit once', async () => {
    const officeId = await officeWithStaff(fixture.central, `Kantor Survei Ganda ${backend}`)
    const a = await enrolledDeskOn(fixture.central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(fixture.central, desks, officeId, 'LK2')
    const visit = await finishedVisit(a, 'Ahmad Fauzi')
    await a.call('sync.now', {})
    await b.call('sync.now', {})
    // Both desks key in the visit's form, offline from each other: desk LK1 syncs first.
    await a.call('skm.submit', { scores: SCORES, visitId: visit.id })
    await b.call('skm.submit', { scores: { ...SCORES, U1: 1, U2: 1 }, visitId: visit.id })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
    expect(await b.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 1 })
    expect((await b.call('sync.rejects', {})).map((r) => [r.tableName, r.rowId, r.code])).toEqual([
      ['skm_responses', surveyIdOfVisit(visit.id), 'not_own_desk'],
    ])
    const stored = await officeRows(officeId, 'skm_responses')
    expect(stored.map((row) => [row.rowId, row.data.scores])).toEqual([
      [surveyIdOfVisit(visit.id), '443344343'],
    ])
    // Desk LK2 takes the sheet the server kept in place of its own, so both desks count the same one.
    expect(localSheets(b).map((row) => [row.visit_id, row.scores])).toEqual([[visit.id, '443344343']])
    await a.call('sync.now', {})
    expect(localSheets(a).map((row) => [row.visit_id, row.scores])).toEqual([[visit.id, '443344343']])
  })
})
