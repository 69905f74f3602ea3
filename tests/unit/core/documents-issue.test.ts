import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 10, deliverable 1 ("a document is made once"): asking for a visit's receipt again gives the
 * document already kept, also when two asks arrive at once (a double click, the preview and the
 * print button, two windows), which drew a second original with a second number for the same visit
 * before the kept one was looked for again in the writing transaction. And the refusals a desk
 * sees before anything is queued: no printer set, no such document.
 */

let desk: TempCore
afterEach(() => desk?.dispose())

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)

async function deskWithVisit() {
  desk = tempCore(undefined, { now: MONDAY_9_WIB })
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  const visitor = await desk.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
  return desk.call('visits.start', { visitorId: visitor.id, purpose: 'complaint_progress' })
}

describe('a visit’s document is made once', () => {
  it('gives one receipt, one number, to two asks at once', async () => {
    const visit = await deskWithVisit()
    const [first, second] = await Promise.all([
      desk.call('documents.issue', { kind: 'receipt', visitId: visit.id }),
      desk.call('documents.issue', { kind: 'receipt', visitId: visit.id }),
    ])
    expect(second).toEqual(first)
    expect(first.number).toBe('TT/LK1/20261123/0001')
    expect(await desk.call('documents.ofVisit', { visitId: visit.id })).toEqual([first])
    // The number the dropped drawing took stays a gap: never handed out twice.
    const other = await desk.call('visits.start', {
      visitorId: (await desk.call('visitors.register', visitorInput({ fullName: 'Budi Santoso' }))).id,
      purpose: 'complaint_progress',
    })
    expect((await desk.call('documents.issue', { kind: 'receipt', visitId: other.id })).number).toBe(
      'TT/LK1/20261123/0003',
    )
  })

  it('still draws a new daily log each time it is asked (a day still running)', async () => {
    await deskWithVisit()
    const [first, second] = await Promise.all([
      desk.call('documents.issue', { kind: 'daily_log', officeDay: '2026-11-23' }),
      desk.call('documents.issue', { kind: 'daily_log', officeDay: '2026-11-23' }),
    ])
    expect(first.id).not.toBe(second.id)
    expect([first.number, second.number].sort()).toEqual(['BTH/LK1/20261123/0001', 'BTH/LK1/20261123/0002'])
  })
})

describe('what is refused before anything is queued', () => {
  it('says printer_not_set without a printer for the kind, and document_not_found for no such document', async () => {
    const visit = await deskWithVisit()
    const receipt = await desk.call('documents.issue', { kind: 'receipt', visitId: visit.id })
    expect((await desk.fail('print.submit', { documentId: receipt.id })).code).toBe('printer_not_set')
    expect((await desk.fail('print.submit', { documentId: 'no-such-document' })).code).toBe(
      'document_not_found',
    )
    expect((await desk.fail('documents.pdf', { documentId: 'no-such-document' })).code).toBe(
      'document_not_found',
    )
    expect((await desk.fail('documents.issue', { kind: 'receipt', visitId: 'no-such-visit' })).code).toBe(
      'visit_not_found',
    )
    expect(await desk.call('print.jobs', {})).toEqual([])
  })
})
