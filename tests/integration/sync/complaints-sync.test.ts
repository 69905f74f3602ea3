import { and, eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addComplaintEvent, createComplaint } from '../../../server/admin/complaints'
import { rows } from '../../../server/schema'
import { forge } from '../../helpers/forge'
import { enrolledDesk as enrolledDeskOn, officeWithStaff } from '../../helpers/office'
import type { TestServerDatabase } from '../../helpers/server-db'
import { SERVER_BACKENDS, openTestServerDatabase } from '../../helpers/server-db'
import type { TempCore } from '../../helpers/temp-core'
import { visitorInput } from '../../helpers/temp-core'
import type { TestServer } from '../../helpers/test-server'
import { startTestServer } from '../../helpers/test-server'

/**
 * Issue 11's tables in the sync, with real desks (SQLite files, their contract) and a real central
 * server over HTTP, on PGlite and, when TEST_DATABASE_URL names one, PostgreSQL: a walk-in
 * complaint registered at one desk goes up and comes down to the office's other desk, found there
 * by its number and shown with its state; a complaint created centrally and its events reach both
 * desks; and a desk token grants no authority over the chain
 * (ARCHITECTURE.md "Trust"): a desk cannot move a complaint along it, report another desk's
 * complaint, or change a complaint it did not register; each such change is refused and reported
 * on the desk, never stored.
 */

describe.each(SERVER_BACKENDS)('complaints in the sync, on %s', (backend) => {
  let central: TestServer
  let database: TestServerDatabase
  const desks: TempCore[] = []
  beforeAll(async () => {
    database = await openTestServerDatabase(backend)
    central = await startTestServer(database)
  })
  afterAll(async () => {
    for (const desk of desks) desk.dispose()
    for (let tries = 0; tries < 100 && central.feed.connections > 0; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await central.close()
    await database.dispose()
  })

  const officeRows = (officeId: string, table: string) =>
    database.db
      .select()
      .from(rows)
      .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table)))

  it('brings a complaint created centrally, and its events, to both desks, shown there offline', async () => {
    const officeId = await officeWithStaff(central, `Kantor Pusat Aduan ${backend}`)
    const a = await enrolledDeskOn(central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(central, desks, officeId, 'LK2')
    const reportedAt = Date.now() - 60 * 60_000
    const created = await createComplaint(
      database.db,
      {
        officeId,
        channel: 'lapor',
        classification: 'pengaduan',
        subject: 'Pelayanan KTP-el lambat',
        complainantName: 'Muhammad Rizky Pratama',
        complainantNik: '1302011505900001',
        laporTrackingId: 'LPR-2026-7781',
        reportedAt,
      },
      Date.now(),
    )
    for (const [kind, by, to, minutes] of [
      ['forwarded', 'admin_nasional', 'admin_instansi', 50],
      ['received', 'admin_instansi', null, 40],
    ] as const) {
      await addComplaintEvent(
        database.db,
        {
          officeId,
          complaint: 'LPR-2026-7781',
          kind,
          by,
          to,
          at: Date.now() - minutes * 60_000,
          actor: 'Admin',
        },
        Date.now(),
      )
    }
    for (const desk of [a, b]) {
      await desk.call('sync.now', {})
      const found = await desk.call('complaints.lookup', { query: '1302011505900001' })
      expect(found.hits.map((hit) => [hit.laporTrackingId, hit.stage, hit.holder])).toEqual([
        ['LPR-2026-7781', 'verifying', 'admin_instansi'],
      ])
      const detail = await desk.call('complaints.get', { id: found.hits[0]?.id ?? '' })
      expect(detail.number).toBe(created.number)
      expect(detail.events.map((event) => [event.kind, event.refused])).toEqual([
        ['reported', null],
        ['forwarded', null],
        ['received', null],
      ])
      expect(detail.ownDesk).toBe(false)
    }
    // Looked up in the desk's own file, as offline: by name too (Muhamad / Muhammad).
    const { number } = created
    expect(number).toMatch(/^ADU-PUSAT-\d{8}-0001$/)
    expect((await b.call('complaints.lookup', { query: 'muhamad pratama' })).hits).toHaveLength(1)
  })

  it('takes a walk-in complaint from one desk to the other, found there by number with its state', async () => {
    const officeId = await officeWithStaff(central, `Kantor Pengaduan ${backend}`)
    const a = await enrolledDeskOn(central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(central, desks, officeId, 'LK2')
    const visitor = await a.call('visitors.register', visitorInput({ fullName: 'Dewi Lestari' }))
    const visit = await a.call('visits.start', { visitorId: visitor.id, purpose: 'new_complaint' })
    const complaint = await a.call('complaints.register', {
      channel: 'walk_in',
      complainant: { visitorId: visitor.id },
      subject: 'Jalan rusak di depan sekolah',
      visitId: visit.id,
    })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
    expect((await officeRows(officeId, 'complaints')).map((row) => row.rowId)).toEqual([complaint.id])
    expect((await officeRows(officeId, 'complaint_events')).map((row) => row.data.kind)).toEqual(['reported'])

    await b.call('sync.now', {})
    const found = await b.call('complaints.lookup', { query: complaint.number ?? '' })
    expect(found.hits.map((hit) => [hit.id, hit.stage, hit.holder])).toEqual([
      [complaint.id, 'verifying', 'admin_instansi'],
    ])
    const there = await b.call('complaints.get', { id: complaint.id })
    expect(there).toMatchObject({ ownDesk: false, dueAt: complaint.dueAt, complainantName: 'Dewi Lestari' })
    expect(there.visits.map((v) => v.id)).toEqual([visit.id])
    // Not its complaint: desk LK2 cannot link a LAPOR! ID to it.
    const refused = await b.fail('complaints.linkLapor', {
      complaintId: complaint.id,
      laporTrackingId: 'LPR-1',
    })
    expect(refused.code).toBe('complaint_not_own_desk')
    expect(refused.message.id).toContain('loket LK1')
    // Linked on the desk that registered it, the ID reaches the other.
    await a.call('complaints.linkLapor', { complaintId: complaint.id, laporTrackingId: 'LPR-2026-0042' })
    await a.call('sync.now', {})
    await b.call('sync.now', {})
    expect((await b.call('complaints.lookup', { query: 'LPR-2026-0042' })).hits.map((hit) => hit.id)).toEqual(
      [complaint.id],
    )
    expect((await b.call('sync.status', {})).held).toBe(0)
  })

  it('refuses a desk’s move along the chain, a report of another desk’s complaint, and a change to it', async () => {
    const officeId = await officeWithStaff(central, `Kantor Rantai ${backend}`)
    const a = await enrolledDeskOn(central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(central, desks, officeId, 'LK2')
    const complaint = await a.call('complaints.register', {
      channel: 'letter',
      complainant: { name: 'Ahmad Fauzi' },
      subject: 'Pungutan liar',
    })
    await a.call('sync.now', {})
    await b.call('sync.now', {})
    const [stored] = await officeRows(officeId, 'complaints')
    const [report] = await officeRows(officeId, 'complaint_events')
    const bDeskId = (await officeRows(officeId, 'desks')).find((r) => r.data.code === 'LK2')?.rowId
    expect(stored?.data).toBeDefined()
    expect(bDeskId).toBeDefined()

    // Desk LK1's own complaint, but "completed" is not a desk's to record.
    const completed = uuidv7()
    forge(a, 'complaint_events', completed, {
      ...report?.data,
      id: completed,
      kind: 'completed',
      at: Date.now(),
    })
    // Desk LK2 reports, and rewrites, desk LK1's complaint.
    const report2 = uuidv7()
    forge(b, 'complaint_events', report2, { ...report?.data, id: report2, deskId: bDeskId })
    forge(b, 'complaints', complaint.id, { ...stored?.data, deskId: bDeskId, subject: 'Diubah' })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 1 })
    expect(await b.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 2 })
    expect((await a.call('sync.rejects', {})).map((r) => [r.tableName, r.code])).toEqual([
      ['complaint_events', 'central_only'],
    ])
    expect((await b.call('sync.rejects', {})).map((r) => [r.tableName, r.code])).toEqual([
      ['complaint_events', 'not_own_desk'],
      ['complaints', 'not_own_desk'],
    ])
    expect((await officeRows(officeId, 'complaint_events')).map((row) => row.rowId)).toEqual([report?.rowId])
    expect((await officeRows(officeId, 'complaints')).map((row) => row.data.subject)).toEqual([
      'Pungutan liar',
    ])
  })
})
