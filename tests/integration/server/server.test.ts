import type { FastifyInstance } from 'fastify'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { holidayRowId } from '../../../common/holidays'
import { formatHlc } from '../../../common/hlc'
import type { ChangeRecord, PullResponse, PushResponse } from '../../../common/sync-protocol'
import { DESK_SCHEMA_VERSION, SYNC_API } from '../../../common/sync-protocol'
import {
  createEnrolmentCode,
  createOffice,
  createUser,
  disableUser,
  revokeDesk,
} from '../../../server/admin/operations'
import { buildServer } from '../../../server/app'
import type { TestServerDatabase } from '../../helpers/server-db'
import { SERVER_BACKENDS, openTestServerDatabase } from '../../helpers/server-db'
import { ADMIN, ADMIN_TOKEN } from './harness'
import { auditRow, stepEventRow, visitRow, visitorRow } from '../../helpers/rows'

interface Desk {
  deskId: string
  officeId: string
  token: string
  seq: number
}

describe.each(SERVER_BACKENDS)('central server on %s', (backend) => {
  let database: TestServerDatabase
  let app: FastifyInstance
  let clock = Date.UTC(2026, 10, 24, 1)
  const now = () => clock

  beforeAll(async () => {
    database = await openTestServerDatabase(backend)
    app = buildServer({
      db: database.db,
      version: '0.0.0-test',
      adminToken: ADMIN_TOKEN,
      now,
      limits: { enrolPerMinute: 10_000 },
    })
  })
  afterAll(async () => {
    await app.close()
    await database.dispose()
  })

  async function office(name = 'Kantor Uji') {
    return (await createOffice(database.db, { name }, now())).officeId
  }

  async function enroll(officeId: string, deskName = 'Loket 1'): Promise<Desk> {
    const { code } = await createEnrolmentCode(database.db, { officeId }, now())
    const response = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/desks/enroll`,
      payload: { code, deskName },
    })
    expect(response.statusCode).toBe(200)
    return { ...(response.json() as Omit<Desk, 'seq'>), seq: 0 }
  }

  function change(desk: Desk, table: string, data: Record<string, unknown>, hlcMillis = clock): ChangeRecord {
    desk.seq += 1
    const rowId = typeof data.id === 'string' ? data.id : uuidv7()
    return {
      seq: desk.seq,
      id: uuidv7(),
      table,
      rowId,
      op: 'upsert',
      hlc: formatHlc({ millis: hlcMillis, counter: desk.seq }, desk.deskId),
      data: { id: rowId, ...data },
    }
  }

  function push(desk: Desk, changes: ChangeRecord[], overrides: Record<string, unknown> = {}) {
    return app.inject({
      method: 'POST',
      url: `${SYNC_API}/sync/push`,
      headers: { authorization: `Bearer ${desk.token}` },
      payload: { deskId: desk.deskId, schemaVersion: DESK_SCHEMA_VERSION, changes, ...overrides },
    })
  }

  async function pullAll(desk: Desk, cursor = 0, limit = 1000): Promise<PullResponse['changes']> {
    const all: PullResponse['changes'] = []
    for (;;) {
      const response = await app.inject({
        method: 'GET',
        url: `${SYNC_API}/sync/pull?cursor=${cursor}&limit=${limit}`,
        headers: { authorization: `Bearer ${desk.token}` },
      })
      expect(response.statusCode).toBe(200)
      const page = response.json() as PullResponse
      all.push(...page.changes)
      cursor = page.nextCursor
      if (!page.hasMore) return all
    }
  }

  /** Every new office starts with its settings and the shipped holiday calendar, written centrally. */
  const isOfficeSeed = (c: { table: string }) =>
    c.table === 'settings' || c.table === 'holidays' || c.table === 'desks'

  /** What desks wrote, leaving out the settings and holidays every new office starts with. */
  async function pullWritten(desk: Desk, cursor = 0, limit = 1000) {
    return (await pullAll(desk, cursor, limit)).filter((c) => !isOfficeSeed(c))
  }

  it('answers health with its version and the oldest desk schema it accepts', async () => {
    const response = await app.inject({ method: 'GET', url: `${SYNC_API}/health` })
    // The server accepts its own desk schema version and the one before (SYNC-PROTOCOL.md).
    expect(response.json()).toEqual({
      ok: true,
      version: '0.0.0-test',
      minSchemaVersion: Math.max(1, DESK_SCHEMA_VERSION - 1),
    })
  })

  it('enrols a desk with a single-use code, and refuses it again or once expired', async () => {
    const officeId = await office()
    const { code } = await createEnrolmentCode(database.db, { officeId, ttlHours: 1 }, now())
    const first = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/desks/enroll`,
      payload: { code: code.toLowerCase(), deskName: 'Loket 1' },
    })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ officeId })
    const again = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/desks/enroll`,
      payload: { code, deskName: 'Loket 2' },
    })
    expect(again.statusCode).toBe(403)
    const { code: late } = await createEnrolmentCode(database.db, { officeId, ttlHours: 1 }, now())
    clock += 2 * 60 * 60 * 1000
    const expired = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/desks/enroll`,
      payload: { code: late, deskName: 'Loket 3' },
    })
    expect(expired.statusCode).toBe(403)
  })

  it('applies a batch once: retries are skipped, a gap is refused whole, a bad change is rejected but advances', async () => {
    const desk = await enroll(await office())
    const batch = [
      change(desk, 'visitors', { fullName: 'Ani' }),
      change(desk, 'visitors', { fullName: 'Budi' }),
    ]
    expect((await push(desk, batch)).json()).toMatchObject({ ackedSeq: 2, rejected: [] })
    expect((await push(desk, batch)).json()).toMatchObject({ ackedSeq: 2, rejected: [] })

    const skipped = change(desk, 'visitors', { fullName: 'Citra' })
    const afterGap = change(desk, 'visitors', { fullName: 'Dewi' })
    const gap = await push(desk, [afterGap])
    expect(gap.statusCode).toBe(409)
    expect(gap.json()).toEqual({ expectedSeq: 3 })

    const bad = change(desk, 'no_such_table', { x: 1 })
    const response = (await push(desk, [skipped, afterGap, bad])).json() as PushResponse
    expect(response.ackedSeq).toBe(5)
    expect(response.rejected).toEqual([{ seq: 5, code: 'unknown_table', message: expect.any(String) }])
    const other = await enroll(desk.officeId, 'Loket 2')
    expect((await pullWritten(other)).map((c) => c.data.fullName)).toEqual(['Ani', 'Budi', 'Citra', 'Dewi'])
  })

  it('never lets a desk push as another, and shuts out a revoked desk', async () => {
    const officeId = await office()
    const a = await enroll(officeId)
    const b = await enroll(officeId, 'Loket 2')
    const spoof = await push(a, [change(b, 'visitors', { fullName: 'Palsu' })], { deskId: b.deskId })
    expect(spoof.statusCode).toBe(403)
    await revokeDesk(database.db, a.deskId, now())
    expect((await push(a, [])).statusCode).toBe(401)
    const pull = await app.inject({
      method: 'GET',
      url: `${SYNC_API}/sync/pull`,
      headers: { authorization: `Bearer ${a.token}` },
    })
    expect(pull.statusCode).toBe(401)
    const noToken = await app.inject({ method: 'GET', url: `${SYNC_API}/sync/pull` })
    expect(noToken.statusCode).toBe(401)
  })

  it('asks a desk on an unsupported schema version to update', async () => {
    const desk = await enroll(await office())
    const response = await push(desk, [], { schemaVersion: DESK_SCHEMA_VERSION + 1 })
    expect(response.statusCode).toBe(426)
    expect(response.json()).toMatchObject({ error: 'upgrade_required' })
  })

  it('serves other desks of the office only what reaches them, and nothing across offices', async () => {
    const officeId = await office()
    const a = await enroll(officeId)
    const b = await enroll(officeId, 'Loket 2')
    const strangerOffice = await office('Kantor Lain')
    const stranger = await enroll(strangerOffice)
    const visitor = change(a, 'visitors', visitorRow({ fullName: 'Eka' }))
    const visit = change(a, 'visits', visitRow(a.deskId, visitor.rowId))
    const step = change(a, 'visit_step_events', stepEventRow(a.deskId, visit.rowId))
    const pushed = await push(a, [visitor, visit, step, change(a, 'audit_log', auditRow(a.deskId))])
    expect(pushed.json()).toMatchObject({ ackedSeq: 4, rejected: [] })
    const seenByB = await pullAll(b)
    // Visits and their events come down to the office's other desks; the audit trail never does.
    expect(seenByB.filter((c) => c.table !== 'holidays').map((c) => c.table)).toEqual([
      'settings',
      'settings',
      'settings',
      'settings',
      'visitors',
      'visits',
      'visit_step_events',
    ])
    expect(seenByB.find((c) => c.data.key === 'officeName')?.data.value).toBe('Kantor Uji')
    expect(seenByB.filter((c) => !isOfficeSeed(c))).toMatchObject([
      { originDeskId: a.deskId, rowId: visitor.rowId },
      { originDeskId: a.deskId, rowId: visit.rowId },
      { originDeskId: a.deskId, rowId: step.rowId },
    ])
    expect(seenByB.filter((c) => isOfficeSeed(c)).every((c) => c.originDeskId === 'central')).toBe(true)
    expect(await pullWritten(a)).toEqual([])
    const seenByStranger = await pullAll(stranger)
    expect(seenByStranger.map((c) => c.data.value)).not.toContain('Kantor Uji')
    // The stranger's calendar is its own office's rows, never a copy of this office's.
    const strangerHolidays = seenByStranger.filter((c) => c.table === 'holidays')
    expect(strangerHolidays.length).toBeGreaterThan(0)
    for (const c of strangerHolidays) {
      expect(c.rowId).toBe(holidayRowId(strangerOffice, String(c.data.date)))
    }
    expect(await pullWritten(stranger)).toEqual([])
  })

  it('pages through the log without skipping or repeating', async () => {
    const officeId = await office()
    const a = await enroll(officeId)
    const b = await enroll(officeId, 'Loket 2')
    await push(
      a,
      Array.from({ length: 25 }, (_, i) => change(a, 'visitors', { fullName: `V${i}` })),
    )
    const pulled = await pullWritten(b, 0, 7)
    expect(pulled.map((c) => c.data.fullName)).toEqual(Array.from({ length: 25 }, (_, i) => `V${i}`))
  })

  it('keeps the newest write of a row by HLC; a stale write stays in the log only', async () => {
    const officeId = await office()
    const a = await enroll(officeId)
    const b = await enroll(officeId, 'Loket 2')
    const id = uuidv7()
    await push(a, [change(a, 'visitors', { id, fullName: 'Baru' }, clock + 1000)])
    await push(b, [change(b, 'visitors', { id, fullName: 'Lama' }, clock)])
    const { currentRow } = await import('../../../server/sync/push')
    expect((await currentRow(database.db, officeId, 'visitors', id))?.data.fullName).toBe('Baru')
    const c = await enroll(officeId, 'Loket 3')
    expect((await pullWritten(c)).map((x) => x.data.fullName)).toEqual(['Baru', 'Lama'])
  })

  it('folds several changes to one row in one batch, the newest winning', async () => {
    const officeId = await office()
    const a = await enroll(officeId)
    const id = uuidv7()
    const batch = [
      change(a, 'visitors', { id, fullName: 'Satu' }, clock),
      change(a, 'visitors', { id, fullName: 'Tiga' }, clock + 2),
      change(a, 'visitors', { id, fullName: 'Dua' }, clock + 1),
    ]
    expect((await push(a, batch)).json()).toMatchObject({ ackedSeq: 3, rejected: [] })
    const { currentRow } = await import('../../../server/sync/push')
    expect((await currentRow(database.db, officeId, 'visitors', id))?.data.fullName).toBe('Tiga')
  })

  it('sends users created and disabled centrally to every desk of the office', async () => {
    const officeId = await office()
    const desk = await enroll(officeId)
    await createUser(
      database.db,
      { officeId, username: 'rina', fullName: 'Rina', role: 'receptionist', password: 'sandi-rahasia' },
      now(),
    )
    clock += 1000
    await disableUser(database.db, { officeId, username: 'rina' }, now())
    const users = (await pullAll(desk)).filter((c) => c.table === 'users')
    expect(users.map((u) => u.data.active)).toEqual([true, false])
    expect((users[1]?.hlc ?? '') > (users[0]?.hlc ?? '')).toBe(true)
    expect(String(users[0]?.data.passwordHash)).toMatch(/^scrypt\$/)
  })

  it('offers the same operations on the admin API, behind its token', async () => {
    const denied = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/admin/offices`,
      payload: { name: 'X Kantor' },
    })
    expect(denied.statusCode).toBe(401)
    const auth = ADMIN
    const created = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/admin/offices`,
      headers: auth,
      payload: { name: 'Kantor API' },
    })
    const { officeId } = created.json() as { officeId: string }
    const code = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/admin/offices/${officeId}/enrolment-codes`,
      headers: auth,
      payload: {},
    })
    expect(code.json()).toMatchObject({
      code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
    })
    const bad = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/admin/offices/${officeId}/users`,
      headers: auth,
      payload: { username: 'X' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      error: 'bad_input',
      fields: { username: { en: expect.stringMatching(/lower-case/) } },
    })
    const missing = await app.inject({
      method: 'POST',
      url: `${SYNC_API}/admin/desks/nope/revoke`,
      headers: auth,
    })
    expect(missing.statusCode).toBe(404)
  })

  it('never lets a pull skip a change while pushes from several desks commit concurrently', async () => {
    const officeId = await office()
    const writers = await Promise.all([1, 2, 3].map((n) => enroll(officeId, `Loket ${n}`)))
    const reader = await enroll(officeId, 'Pembaca')
    const seen: string[] = []
    let cursor = 0
    let writing = true
    const reading = (async () => {
      while (writing) {
        const response = await app.inject({
          method: 'GET',
          url: `${SYNC_API}/sync/pull?cursor=${cursor}&limit=50`,
          headers: { authorization: `Bearer ${reader.token}` },
        })
        const page = response.json() as PullResponse
        seen.push(...page.changes.filter((c) => !isOfficeSeed(c)).map((c) => c.id))
        cursor = page.nextCursor
        // A reader that polls, as a desk does, rather than one that spins and starves the writers.
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    const expected: string[] = []
    try {
      await Promise.all(
        writers.map(async (desk) => {
          for (let batch = 0; batch < 10; batch++) {
            const changes = Array.from({ length: 5 }, () =>
              change(desk, 'visitors', { fullName: `${desk.deskId}-${batch}` }),
            )
            expected.push(...changes.map((c) => c.id))
            const response = await push(desk, changes)
            expect(response.statusCode, response.body).toBe(200)
          }
        }),
      )
    } finally {
      writing = false
      await reading
    }
    seen.push(...(await pullWritten(reader, cursor)).map((c) => c.id))
    expect(seen.length).toBe(expected.length)
    expect(new Set(seen)).toEqual(new Set(expected))
  })
})
