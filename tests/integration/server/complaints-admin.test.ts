import { and, eq, sql } from 'drizzle-orm'
import { v5 as uuidv5 } from 'uuid'
import { describe, expect, it } from 'vitest'
import type { ChainEvent } from '../../../common/complaints/chain'
import { foldChain } from '../../../common/complaints/chain'
import { SEED_004_DEADLINES } from '../../../common/complaints/deadlines'
import { errorCatalog } from '../../../common/errors'
import { SYNC_ROWS } from '../../../common/sync-rows'
import { ComplaintRefusal } from '../../../server/admin/complaint-errors'
import {
  addComplaintEvent,
  createComplaint,
  linkLaporTrackingId,
  listComplaints,
  setComplaintDeadlines,
  showComplaint,
} from '../../../server/admin/complaints'
import { createOffice } from '../../../server/admin/operations'
import { changes } from '../../../server/schema'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { serverHarness } from './harness'

const DAY = 24 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000

/** What an operation refused with: the ComplaintRefusal's reason and code, or the error's name. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ reason: string; code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ComplaintRefusal)
      return { reason: error.reason, code: error.code, message: error.message }
    if (error instanceof Error) return { reason: error.name, code: '', message: error.message }
  }
  throw new Error('expected a refusal')
}

describe.each(SERVER_BACKENDS)('complaints from the centre on %s', (backend) => {
  const server = serverHarness(backend)
  const db = () => server.database.db
  const create = (officeId: string, extra: Record<string, unknown> = {}) =>
    createComplaint(
      db(),
      {
        officeId,
        channel: 'lapor',
        classification: 'pengaduan',
        category: 'Perizinan',
        subject: 'Izin usaha tidak kunjung terbit',
        complainantName: 'Siti Rahmawati',
        complainantNik: '3201 0141 0885 0001',
        complainantPhone: '0812-3456-7890',
        ...extra,
      },
      server.now(),
    )
  const event = (officeId: string, complaint: string, kind: string, extra: Record<string, unknown> = {}) =>
    addComplaintEvent(db(), { officeId, complaint, kind, ...extra }, server.now())

  it('creates a complaint with its number and report, walks it down the chain, and refuses a closing before completion', async () => {
    const officeId = await server.office()
    const created = await create(officeId, { laporTrackingId: 'LAPOR-5512001' })
    // 2026-11-24T01:00Z is 08:00 WIB on 24 November.
    expect(created).toMatchObject({
      number: 'ADU-PUSAT-20261124-0001',
      laporTrackingId: 'LAPOR-5512001',
      state: { stage: 'verifying', holder: 'admin_nasional' },
    })

    const closedEarly = await refusal(event(officeId, created.number, 'closed', { by: 'admin_nasional' }))
    expect(closedEarly.reason).toBe('complaint_not_completed')
    expect(closedEarly.code).toBe('conflict')
    expect(closedEarly.message).toContain(errorCatalog.complaint_not_completed.id)
    expect(closedEarly.message).toContain(errorCatalog.complaint_not_completed.en)

    // Not the holder: the agency cannot forward what the national admin still verifies.
    expect(
      (await refusal(event(officeId, created.complaintId, 'forwarded', { by: 'admin_instansi' }))).reason,
    ).toBe('complaint_not_holder')

    const steps: [string, Record<string, unknown>, object][] = [
      ['forwarded', {}, { stage: 'forwarded', holder: 'admin_instansi' }],
      ['received', { by: 'admin_instansi' }, { stage: 'verifying', holder: 'admin_instansi' }],
      ['forwarded', { note: 'Kewenangan Ditjen' }, { stage: 'forwarded', holder: 'admin_eselon1' }],
      ['received', { by: 'admin_eselon1' }, { stage: 'verifying', holder: 'admin_eselon1' }],
      ['responded', { actor: 'Budi' }, { stage: 'responded', holder: 'admin_eselon1' }],
      ['followed_up', {}, { stage: 'followed_up', holder: 'admin_eselon1' }],
      ['completed', {}, { stage: 'completed', holder: 'admin_eselon1' }],
      ['closed', {}, { stage: 'closed', holder: 'admin_eselon1' }],
    ]
    for (const [kind, extra, state] of steps) {
      server.clock += HOUR
      // By LAPOR! ID, number and row id alike.
      const ref =
        kind === 'received' ? 'LAPOR-5512001' : kind === 'responded' ? created.complaintId : created.number
      expect((await event(officeId, ref, kind, extra)).state).toEqual(state)
    }
    server.clock += HOUR
    expect((await refusal(event(officeId, created.number, 'followed_up'))).reason).toBe('complaint_closed')

    const shown = await showComplaint(db(), { officeId, complaint: 'adu-pusat-20261124-0001 ' })
    expect(shown).toMatchObject({
      complaintId: created.complaintId,
      complainantNik: '3201014108850001',
      complainantPhone: '+6281234567890',
      deskId: 'central',
      state: { stage: 'closed', holder: 'admin_eselon1' },
    })
    expect(shown.history.map((e) => e.kind)).toEqual([
      'reported',
      'forwarded',
      'received',
      'forwarded',
      'received',
      'responded',
      'followed_up',
      'completed',
      'closed',
    ])
    expect(shown.history.every((e) => e.refused === null)).toBe(true)
    expect(shown.history[3]).toMatchObject({
      by: 'admin_instansi',
      to: 'admin_eselon1',
      note: 'Kewenangan Ditjen',
    })
    expect(shown.history[5]).toMatchObject({ actor: 'Budi' })
  })

  it('refuses an event dated so early it would unseat later steps, and folds stored events alike in any order', async () => {
    const officeId = await server.office()
    const reportedAt = server.now() - 3 * DAY
    const created = await create(officeId, { reportedAt })
    await event(officeId, created.number, 'forwarded', { at: reportedAt + HOUR })
    await event(officeId, created.number, 'received', { at: reportedAt + 2 * HOUR, by: 'admin_instansi' })
    // A second disposition dated before the receipt would leave the receipt out of place.
    expect(
      (
        await refusal(
          event(officeId, created.number, 'returned', { at: reportedAt + 90 * 60_000, by: 'admin_instansi' }),
        )
      ).reason,
    ).toBe('complaint_not_holder')
    // Fits where it falls, but the disposition already recorded an hour later would no longer fit.
    const early = await refusal(
      event(officeId, created.number, 'forwarded', { at: reportedAt + 30 * 60_000, by: 'admin_nasional' }),
    )
    expect(early).toMatchObject({ reason: 'complaint_event_out_of_order', code: 'conflict' })
    expect(
      (
        await refusal(
          event(officeId, created.number, 'followed_up', {
            at: reportedAt + 30 * 60_000,
            by: 'admin_nasional',
          }),
        )
      ).reason,
    ).toBe('complaint_wrong_level')
    // A step in the future is a typo.
    expect(
      (await refusal(event(officeId, created.number, 'forwarded', { at: server.now() + DAY }))).reason,
    ).toBe('ZodError')

    const shown = await showComplaint(db(), { officeId, complaint: created.complaintId })
    const events: ChainEvent[] = shown.history.map(({ id, kind, at, by, to }) => ({ id, kind, at, by, to }))
    const expected = foldChain(events)
    for (const order of [[...events].reverse(), [events[1], events[2], events[0]]]) {
      expect(foldChain(order.filter((e): e is ChainEvent => e !== undefined))).toEqual(expected)
    }
    expect(expected.state).toEqual({ stage: 'verifying', holder: 'admin_instansi' })
  })

  it('numbers complaints per office and office day, in the office time zone, without sharing a serial', async () => {
    const officeId = await server.office()
    const other = await server.office('Kantor Lain')
    const papua = (
      await createOffice(db(), { name: 'Kantor Jayapura', timeZone: 'Asia/Jayapura' }, server.now())
    ).officeId
    const numbers = await Promise.all([1, 2, 3, 4].map(() => create(officeId)))
    expect(numbers.map((c) => c.number).sort()).toEqual([
      'ADU-PUSAT-20261124-0001',
      'ADU-PUSAT-20261124-0002',
      'ADU-PUSAT-20261124-0003',
      'ADU-PUSAT-20261124-0004',
    ])
    expect((await create(other)).number).toBe('ADU-PUSAT-20261124-0001')
    const saved = server.clock
    // 16:30 UTC: still 24 November in Jakarta (23:30), already the 25th in Jayapura (01:30).
    server.clock = Date.UTC(2026, 10, 24, 16, 30)
    expect((await create(officeId)).number).toBe('ADU-PUSAT-20261124-0005')
    expect((await create(papua)).number).toBe('ADU-PUSAT-20261125-0001')
    server.clock = Date.UTC(2026, 10, 24, 17, 30)
    expect((await create(officeId)).number).toBe('ADU-PUSAT-20261125-0001')
    server.clock = saved
  })

  it('refuses a LAPOR! tracking ID already used in the office, links one later, and lists by number, ID or name', async () => {
    const officeId = await server.office()
    const other = await server.office('Kantor Lain')
    const first = await create(officeId, { laporTrackingId: 'LPR-777' })
    const taken = await refusal(create(officeId, { laporTrackingId: ' LPR-777\u200b' }))
    expect(taken).toMatchObject({ reason: 'lapor_id_taken', code: 'conflict' })
    expect(taken.message).toContain(first.number)
    // Another office has its own complaints.
    await create(other, { laporTrackingId: 'LPR-777' })

    const second = await create(officeId, {
      channel: 'walk_in',
      complainantName: 'Agus Salim',
      complainantNik: '',
    })
    expect((await showComplaint(db(), { officeId, complaint: second.number })).history[0]).toMatchObject({
      by: 'admin_instansi',
    })
    expect(
      (
        await refusal(
          linkLaporTrackingId(
            db(),
            { officeId, complaint: second.number, laporTrackingId: 'LPR-777' },
            server.now(),
          ),
        )
      ).reason,
    ).toBe('lapor_id_taken')
    expect(
      await linkLaporTrackingId(
        db(),
        { officeId, complaint: second.number, laporTrackingId: 'LPR-888' },
        server.now(),
      ),
    ).toMatchObject({ complaintId: second.complaintId, laporTrackingId: 'LPR-888', changed: true })
    expect(
      (
        await linkLaporTrackingId(
          db(),
          { officeId, complaint: 'LPR-888', laporTrackingId: 'LPR-888' },
          server.now(),
        )
      ).changed,
    ).toBe(false)
    expect(
      (
        await refusal(
          linkLaporTrackingId(
            db(),
            { officeId, complaint: 'LPR-888', laporTrackingId: 'LPR-999' },
            server.now(),
          ),
        )
      ).reason,
    ).toBe('lapor_id_linked')

    const missing = await refusal(showComplaint(db(), { officeId, complaint: 'LPR-404' }))
    expect(missing).toMatchObject({ reason: 'complaint_not_found', code: 'not_found' })
    expect(missing.message).toContain('NIK')

    const ids = async (q?: string) =>
      (await listComplaints(db(), { officeId, ...(q === undefined ? {} : { q }) })).map((c) => c.complaintId)
    expect(await ids()).toHaveLength(2)
    expect(await ids('lpr-8')).toEqual([])
    expect(await ids('LPR-8')).toEqual([second.complaintId])
    expect(await ids('agus')).toEqual([second.complaintId])
    expect(await ids('3201014108850001')).toEqual([first.complaintId])
    expect(await ids('+62 812 3456 7890')).toHaveLength(2)
    expect(await ids(first.number.toLowerCase())).toEqual([first.complaintId])
    expect(await ids('100%_')).toEqual([])
  })

  it('takes a new deadline table only with a greater version, as the office setting desks pull', async () => {
    const officeId = await server.office()
    const desk = await server.enroll(officeId)
    const cursor = await server.cursorOf(desk)
    const table = { ...SEED_004_DEADLINES, version: 1, source: 'SK Kepala Kantor 12/2026' }
    expect((await refusal(setComplaintDeadlines(db(), { officeId, table }, server.now()))).reason).toBe(
      'deadlines_version',
    )
    expect(
      (
        await refusal(
          setComplaintDeadlines(db(), { officeId, table: { ...table, version: 0 } }, server.now()),
        )
      ).reason,
    ).toBe('ZodError')
    const duplicateHop = { ...table, version: 2, hops: [...table.hops, table.hops[0]] }
    expect(
      (await refusal(setComplaintDeadlines(db(), { officeId, table: duplicateHop }, server.now()))).reason,
    ).toBe('ZodError')
    expect(
      await setComplaintDeadlines(db(), { officeId, table: { ...table, version: 2 } }, server.now()),
    ).toEqual({
      officeId,
      version: 2,
      previousVersion: 1,
    })
    expect(
      (
        await refusal(
          setComplaintDeadlines(db(), { officeId, table: { ...table, version: 2 } }, server.now()),
        )
      ).reason,
    ).toBe('deadlines_version')
    const pulled = (await server.pullAll(desk, cursor)).filter((c) => c.table === 'settings')
    expect(pulled).toHaveLength(1)
    expect(pulled[0]).toMatchObject({
      rowId: uuidv5('complaintDeadlines', officeId),
      originDeskId: 'central',
      data: { key: 'complaintDeadlines', value: { version: 2, source: 'SK Kepala Kantor 12/2026' } },
    })
    expect(SYNC_ROWS.settings.safeParse(pulled[0]?.data).success).toBe(true)
  })

  it('sends a central complaint and its events down to every desk of its office, and to no other', async () => {
    const officeId = await server.office()
    const desks = [
      await server.enroll(officeId, 'Loket 1', 'LK1'),
      await server.enroll(officeId, 'Loket 2', 'LK2'),
    ]
    const stranger = await server.enroll(await server.office('Kantor Lain'))
    const cursors = await Promise.all(desks.map((d) => server.cursorOf(d)))
    const strangerCursor = await server.cursorOf(stranger)
    const created = await create(officeId, { laporTrackingId: 'LPR-DESK-1' })
    server.clock += HOUR
    await event(officeId, created.number, 'forwarded', { note: 'Ke instansi' })
    for (const [index, desk] of desks.entries()) {
      const pulled = (await server.pullAll(desk, cursors[index])).filter((c) =>
        c.table.startsWith('complaint'),
      )
      expect(pulled.map((c) => c.table)).toEqual(['complaints', 'complaint_events', 'complaint_events'])
      for (const change of pulled) {
        expect(change.originDeskId).toBe('central')
        const shape = change.table === 'complaints' ? SYNC_ROWS.complaints : SYNC_ROWS.complaint_events
        expect(shape.safeParse(change.data).success).toBe(true)
      }
      expect(pulled[0]?.data).toMatchObject({
        number: created.number,
        deskId: 'central',
        laporTrackingId: 'LPR-DESK-1',
      })
      expect(pulled.slice(1).map((c) => c.data.kind)).toEqual(['reported', 'forwarded'])
    }
    expect(
      (await server.pullAll(stranger, strangerCursor)).filter((c) => c.table.startsWith('complaint')),
    ).toEqual([])
    const logged = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(changes)
      .where(and(eq(changes.officeId, officeId), sql`${changes.tableName} like 'complaint%'`))
    expect(logged[0]?.n).toBe(3)
  })
})
