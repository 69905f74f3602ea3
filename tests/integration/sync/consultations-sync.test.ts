import { describe, expect, it } from 'vitest'
import { createUser } from '../../../server/admin/operations'
import { forge } from '../../helpers/forge'
import { enrolledDesk as enrolledDeskOn, officeWithStaff, passwordOf } from '../../helpers/office'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { useCentral } from '../../helpers/central'
import { visitorInput } from '../../helpers/temp-core'

/**
 * Issue 12's consultations in the sync, with real desks (SQLite files, their contract) and a real
 * central server over HTTP, on PGlite and, when TEST_DATABASE_URL names one, PostgreSQL: a
 * consultation recorded and assigned at one desk goes up and reaches the assignee's desk, where it
 * is in their work and answered; the answer comes back to the first desk. The request's record
 * stays the registering desk's: another desk's change to it is refused and reported, never stored.
 */

describe.each(SERVER_BACKENDS)('consultations in the sync, on %s', (backend) => {
  const fixture = useCentral(backend)
  const { desks, officeRows } = fixture

  it('reaches the assignee at another desk, and their answer comes back', async () => {
    const officeId = await officeWithStaff(fixture.central, `Kantor Konsultasi ${backend}`)
    await createUser(
      fixture.database.db,
      { officeId, username: 'andi', fullName: 'Andi Saputra', role: 'officer', password: passwordOf('andi') },
      Date.now(),
    )
    const a = await enrolledDeskOn(fixture.central, desks, officeId, 'LK1')
    const b = await enrolledDeskOn(fixture.central, desks, officeId, 'LK2', 'andi')
    const andi = (await b.call('auth.session', {}))?.id ?? ''

    const visitor = await a.call('visitors.register', visitorInput({ fullName: 'Drs. Hendra Wijaya' }))
    const c = await a.call('consultations.register', {
      visitorId: visitor.id,
      channel: 'email',
      subject: 'Tata cara mutasi pegawai antardaerah',
      reference: 'Perihal: mutasi',
      attachments: [{ description: 'Surat permohonan', pages: 1 }],
    })
    await a.call('consultations.advance', { consultationId: c.id, stepNo: 2 })
    await a.call('consultations.assign', { consultationId: c.id, assigneeId: andi, note: 'Mohon dijawab' })
    expect(await a.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })
    expect((await officeRows(officeId, 'consultations')).map((row) => row.rowId)).toEqual([c.id])
    expect((await officeRows(officeId, 'consultation_events')).map((row) => row.data.kind)).toEqual([
      'assigned',
    ])

    await b.call('sync.now', {})
    const work = await b.call('consultations.myWork', {})
    expect([...work.overdue, ...work.today, ...work.tomorrow, ...work.later].map((hit) => hit.id)).toEqual([
      c.id,
    ])
    const there = await b.call('consultations.get', { id: c.id })
    expect(there).toMatchObject({ ownDesk: false, number: c.number, may: { answer: true } })
    await b.call('consultations.answer', {
      consultationId: c.id,
      answer: 'Mutasi diajukan melalui BKD asal.',
    })
    expect(await b.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 0 })

    await a.call('sync.now', {})
    const back = await a.call('consultations.get', { id: c.id })
    expect(back).toMatchObject({
      status: 'answered',
      answer: { text: 'Mutasi diajukan melalui BKD asal.', byName: 'Andi Saputra' },
    })
    expect(back.events.map((event) => event.kind)).toEqual(['assigned', 'answered'])
    expect((await b.call('sync.status', {})).held).toBe(0)

    // The request's record is desk LK1's: desk LK2 cannot change it, through its screen or around it.
    const refused = await b.fail('consultations.setAttachments', { consultationId: c.id, attachments: [] })
    expect(refused.code).toBe('consultation_not_own_desk')
    expect(refused.message.id).toContain('LK1')
    const [stored] = await officeRows(officeId, 'consultations')
    const bDeskId = (await officeRows(officeId, 'desks')).find((r) => r.data.code === 'LK2')?.rowId
    forge(b, 'consultations', c.id, { ...stored?.data, deskId: bDeskId, subject: 'Diubah' })
    expect(await b.call('sync.now', {})).toMatchObject({ pending: 0, rejected: 1 })
    await b.call('auth.login', { username: 'sari', password: passwordOf('sari') })
    expect((await b.call('sync.rejects', {})).map((r) => [r.tableName, r.code])).toEqual([
      ['consultations', 'not_own_desk'],
    ])
    expect((await officeRows(officeId, 'consultations')).map((row) => row.data.subject)).toEqual([
      'Tata cara mutasi pegawai antardaerah',
    ])
  })
})
