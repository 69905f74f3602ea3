import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

/**
 * Issue 11 at the desk, on a real SQLite file: a walk-in complaint registered with its local number,
 * linked both ways to its visit; the officer's lookup by every reading of what is typed or scanned;
 * the LAPOR! ID linked later; step 4's suggestion and link; the board's overdue list on the office
 * calendar.
 */

let desk: TempCore
afterEach(() => desk?.dispose())

/** Monday 23 November 2026, 09:00 WIB. */
const MONDAY_9_WIB = Date.UTC(2026, 10, 23, 2)
const HOUR = 3_600_000

async function signedInDesk() {
  desk = tempCore(undefined, { now: MONDAY_9_WIB })
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
}

/** Moves the clock and signs in again (a session ends after its idle time). */
async function at(now: number) {
  desk.clock.now = now
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
}

async function newComplaintVisit(fullName: string, nik = '') {
  const visitor = await desk.call(
    'visitors.register',
    visitorInput({ fullName, nik, phone: '0812 3456 7890' }),
  )
  const visit = await desk.call('visits.start', { visitorId: visitor.id, purpose: 'new_complaint' })
  return { visitor, visit }
}

describe('a complaint registered at the desk', () => {
  it('gets its local number at once and is linked both ways to its visit', async () => {
    await signedInDesk()
    const { visitor, visit } = await newComplaintVisit('Dewi Lestari', '3201234567890098')
    const complaint = await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { visitorId: visitor.id },
      subject: 'Jalan rusak di depan sekolah belum diperbaiki',
      category: 'Infrastruktur',
      visitId: visit.id,
    })
    expect(complaint.number).toBe('ADU-LK1-20261123-0001')
    expect(complaint).toMatchObject({
      complainantName: 'Dewi Lestari',
      nikMasked: '3201••••••••0098',
      classification: 'pengaduan',
      stage: 'verifying',
      holder: 'admin_instansi',
      ownDesk: true,
      overdue: false,
    })
    // Seed 004 step 4–5: the agency's administrator verifies within 3 working days (Thursday 09:00).
    expect(complaint.dueAt).toBe(MONDAY_9_WIB + 3 * 24 * HOUR)
    expect(complaint.events.map((event) => [event.kind, event.by, event.refused])).toEqual([
      ['reported', 'admin_instansi', null],
    ])
    expect(complaint.visits.map((v) => v.id)).toEqual([visit.id])
    expect((await desk.call('visits.get', { id: visit.id })).complaintId).toBe(complaint.id)
    expect((await desk.call('complaints.ofVisit', { visitId: visit.id }))?.id).toBe(complaint.id)

    const second = await desk.call('complaints.register', {
      channel: 'whatsapp',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Lampu jalan mati',
    })
    expect(second.number).toBe('ADU-LK1-20261123-0002')
    expect(second.visits).toEqual([])
  })

  it('links its LAPOR! tracking ID later, once, and refuses an ID another complaint holds', async () => {
    await signedInDesk()
    const first = await desk.call('complaints.register', {
      channel: 'letter',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Surat pengaduan pungutan liar',
    })
    const second = await desk.call('complaints.register', {
      channel: 'letter',
      complainant: { name: 'Rina Wati' },
      subject: 'Antrean terlalu lama',
    })
    const linked = await desk.call('complaints.linkLapor', {
      complaintId: first.id,
      laporTrackingId: ' LPR-8812345\u200b ',
    })
    expect(linked.laporTrackingId).toBe('LPR-8812345')
    const taken = await desk.fail('complaints.linkLapor', {
      complaintId: second.id,
      laporTrackingId: 'LPR-8812345',
    })
    expect(taken.code).toBe('lapor_id_taken')
    expect(taken.message.id).toContain('ADU-LK1-20261123-0001')
    const spaced = await desk.fail('complaints.linkLapor', {
      complaintId: second.id,
      laporTrackingId: 'LPR 1',
    })
    expect(spaced.code).toBe('validation_failed')
  })
})

describe('the officer’s lookup', () => {
  it('finds a complaint by local number, LAPOR! ID, visit number, NIK, phone and name', async () => {
    await signedInDesk()
    const { visitor, visit } = await newComplaintVisit('Dewi Lestari', '3201234567890098')
    const complaint = await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { visitorId: visitor.id },
      subject: 'Jalan rusak',
      visitId: visit.id,
      laporTrackingId: 'LPR-77001',
    })
    const byName = await desk.call('complaints.register', {
      channel: 'whatsapp',
      complainant: { name: 'Muhammad Rizky Pratama' },
      subject: 'Lampu jalan mati',
    })
    const ids = async (query: string) => {
      const found = await desk.call('complaints.lookup', { query })
      return [found.kind, found.hits.map((hit) => hit.id)]
    }
    expect(await ids('adu-lk1-20261123-0001')).toEqual(['number', [complaint.id]])
    expect(await ids('LPR-77001')).toEqual(['number', [complaint.id]])
    expect(await ids('lpr-77001')).toEqual(['number', [complaint.id]])
    // The receipt's QR code holds the visit number.
    expect(await ids(`${visit.visitNumber}\n`)).toEqual(['visit', [complaint.id]])
    expect(await ids('3201 2345 6789 0098')).toEqual(['nik', [complaint.id]])
    expect(await ids('+62 812-3456-7890')).toEqual(['phone', [complaint.id]])
    expect(await ids('dewi')).toEqual(['name', [complaint.id]])
    // A name alone is found by the visitor search's spelling rules too (Muhamad / Muhammad).
    expect(await ids('muhamad pratama')).toEqual(['name', [byName.id]])
  })

  it('says what it tried when nothing matches', async () => {
    await signedInDesk()
    expect(await desk.call('complaints.lookup', { query: 'ADU-LK1-20261123-0099' })).toEqual({
      kind: 'number',
      hits: [],
    })
    expect((await desk.call('complaints.lookup', { query: 'LPR-404' })).kind).toBe('number')
    expect((await desk.call('complaints.lookup', { query: 'Siapa Saja' })).kind).toBe('name')
    expect((await desk.call('complaints.lookup', { query: '   ' })).kind).toBe('empty')
    expect((await desk.fail('complaints.get', { id: 'no-such' })).code).toBe('complaint_not_found')
  })
})

describe('step 4 of the inquiry', () => {
  it('suggests the visitor’s complaints and the number in the receptionist’s note, and links the one picked', async () => {
    await signedInDesk()
    const visitor = await desk.call(
      'visitors.register',
      visitorInput({ fullName: 'Dewi Lestari', nik: '3201234567890098' }),
    )
    const own = await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { visitorId: visitor.id },
      subject: 'Jalan rusak',
    })
    const other = await desk.call('complaints.register', {
      channel: 'letter',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Pungutan liar',
    })
    const inquiry = await desk.call('visits.start', {
      visitorId: visitor.id,
      purpose: 'complaint_progress',
      notes: `Menanyakan ${other.number} dan pengaduan lain`,
    })
    const suggested = await desk.call('complaints.suggest', { visitId: inquiry.id })
    expect(suggested.map((hit) => hit.id)).toEqual([other.id, own.id])
    const linked = await desk.call('visits.setComplaint', { visitId: inquiry.id, complaintId: own.id })
    expect(linked.complaintId).toBe(own.id)
    expect((await desk.call('complaints.get', { id: own.id })).visits.map((v) => v.id)).toContain(inquiry.id)
    const unlinked = await desk.call('visits.setComplaint', { visitId: inquiry.id, complaintId: null })
    expect(unlinked.complaintId).toBeNull()
  })
})

describe('the officers’ board', () => {
  it('lists an open complaint past its hop’s deadline, counted in working days', async () => {
    await signedInDesk()
    const complaint = await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Pungutan liar',
    })
    // Thursday 09:00 is the deadline: not overdue a minute before.
    await at(MONDAY_9_WIB + 3 * 24 * HOUR - 60_000)
    expect(await desk.call('complaints.overdue', {})).toEqual({ count: 0, items: [] })
    await at(MONDAY_9_WIB + 3 * 24 * HOUR + 60_000)
    const overdue = await desk.call('complaints.overdue', {})
    expect(overdue.count).toBe(1)
    expect(overdue.items.map((hit) => [hit.id, hit.overdue])).toEqual([[complaint.id, true]])
  })

  it('times open complaints again when a day off is added to the calendar', async () => {
    await signedInDesk()
    await desk.call('complaints.register', {
      channel: 'walk_in',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Pungutan liar',
    })
    // Wednesday made a local day off: the 3 working days end on Friday 09:00.
    await desk.call('holidays.save', { date: '2026-11-25', name: 'Libur daerah', kind: 'local' })
    await at(MONDAY_9_WIB + 3 * 24 * HOUR + 60_000)
    expect((await desk.call('complaints.overdue', {})).count).toBe(0)
    await at(MONDAY_9_WIB + 4 * 24 * HOUR + 60_000)
    expect((await desk.call('complaints.overdue', {})).count).toBe(1)
  })
})
