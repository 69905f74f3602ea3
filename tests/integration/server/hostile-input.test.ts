import type { InjectOptions } from 'fastify'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { formatHlc } from '../../../common/hlc'
import type { ChangeRecord, PushResponse } from '../../../common/sync-protocol'
import { DESK_SCHEMA_VERSION, SYNC_API } from '../../../common/sync-protocol'
import { isSafeText } from '../../../common/text'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { visitorRow } from '../../helpers/rows'
import type { EnrolledDesk } from './harness'
import { ADMIN, serverHarness } from './harness'
import { createUser } from '../../../server/admin/operations'

/**
 * Issue 7, fault 2: one character made the push answer 500 and the desk retried the same batch for
 * ever; 130 of 3,000 fuzzed requests to the server's endpoints answered 500. A change the server
 * cannot store is a rejected change and the changes after it arrive; malformed input anywhere is
 * a 4xx.
 */
const LONE_HIGH = '\uD800'
const LONE_LOW = '\uDC00'

/**
 * A value nested 5,000 levels deep travels as JSON text: JSON.stringify itself recurses and would
 * overflow the test's own stack. `DEEP` in a payload stands for it and is swapped in as text.
 */
const DEEP = '__deep_5000__'
const DEEP_JSON = `${'{"d":'.repeat(5000)}"x"${'}'.repeat(5000)}`
const asJson = (payload: unknown) => JSON.stringify(payload).replaceAll(`"${DEEP}"`, DEEP_JSON)

describe.each(SERVER_BACKENDS)('hostile input on %s', (backend) => {
  const server = serverHarness(backend)
  let seqs = new Map<string, number>()

  function change(desk: EnrolledDesk, table: string, data: Record<string, unknown>, rowId = uuidv7()) {
    const seq = (seqs.get(desk.deskId) ?? 0) + 1
    seqs.set(desk.deskId, seq)
    return {
      seq,
      id: uuidv7(),
      table,
      rowId,
      op: 'upsert',
      hlc: formatHlc({ millis: server.clock, counter: seq }, desk.deskId),
      data,
    } satisfies ChangeRecord
  }

  function push(desk: EnrolledDesk, changes: unknown[]) {
    return server.app.inject({
      method: 'POST',
      url: `${SYNC_API}/sync/push`,
      headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
      payload: asJson({ deskId: desk.deskId, schemaVersion: DESK_SCHEMA_VERSION, changes }),
    })
  }

  it('rejects a NUL, a lone surrogate and deep nesting in a change, and takes the changes after it', async () => {
    seqs = new Map()
    const officeId = await server.office()
    const desk = await server.enroll(officeId, 'Loket 1', 'LK1')
    const reader = await server.enroll(officeId, 'Loket 2', 'LK2')
    const before = await server.cursorOf(reader)
    const bad = [
      change(desk, 'visitors', visitorRow({ fullName: 'Budi\u0000Nul' })),
      change(desk, 'visitors', visitorRow({ fullName: `Ani${LONE_HIGH}` })),
      change(desk, 'visitors', visitorRow({ address: `${LONE_LOW}Jl. Mawar` })),
      change(desk, 'visitors', { ...visitorRow(), organization: DEEP }),
      change(desk, 'audit_log', {
        at: server.clock,
        deskId: desk.deskId,
        action: 'visitors.register',
        outcome: 'ok',
        detail: DEEP,
      }),
      // In the envelope rather than the row: the id, the row id, the table, the HLC.
      { ...change(desk, 'visitors', visitorRow()), id: `c${LONE_HIGH}` },
      { ...change(desk, 'visitors', visitorRow()), rowId: 'r\u0000' },
      { ...change(desk, 'visitors', visitorRow()), table: 'visitors\u0000' },
      { ...change(desk, 'visitors', visitorRow()), hlc: `1764000000000-0001-${desk.deskId}\u0000` },
      { ...change(desk, 'visitors', visitorRow()), data: { [`key${LONE_HIGH}`]: 1, fullName: 'X' } },
      { ...change(desk, 'visitors', visitorRow()), data: 'not an object' },
    ]
    const good = change(desk, 'visitors', visitorRow({ fullName: 'Citra Sesudahnya' }))
    const response = await push(desk, [...bad, good])
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json() as PushResponse
    expect(body.ackedSeq).toBe(good.seq)
    expect(body.rejected.map((r) => r.seq)).toEqual(bad.map((c) => c.seq))
    for (const rejection of body.rejected) {
      expect(['bad_data', 'bad_change', 'unknown_table']).toContain(rejection.code)
      // The message says what broke, and is itself text any database and screen can hold.
      expect(isSafeText(rejection.message)).toBe(true)
    }
    const arrived = (await server.pullAll(reader, before)).filter((c) => c.table === 'visitors')
    expect(arrived.map((c) => c.data.fullName)).toEqual(['Citra Sesudahnya'])
    // The rejections are kept where the administrator sees them.
    const listed = await server.admin('GET', `/offices/${officeId}/rejections`)
    expect(listed.statusCode).toBe(200)
    expect((listed.json() as unknown[]).length).toBe(bad.length)
  })

  it('never takes a row that grants authority or changes the office on a desk token, nor one of another desk', async () => {
    seqs = new Map()
    const officeId = await server.office()
    const desk = await server.enroll(officeId, 'Loket 1', 'LK1')
    const other = await server.enroll(officeId, 'Loket 2', 'LK2')
    const before = await server.cursorOf(other)
    const forged = [
      change(desk, 'users', {
        username: 'penyusup',
        fullName: 'Penyusup',
        role: 'admin',
        passwordHash: `scrypt$32768$8$3$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(64).toString('base64')}`,
        active: true,
      }),
      change(desk, 'settings', { key: 'officeName', value: 'Kantor Palsu' }),
      change(desk, 'desks', { officeId, code: 'LK2', name: 'Loket palsu' }, other.deskId),
      change(desk, 'holidays', { date: '2026-12-01', name: 'Libur palsu', kind: 'local' }),
    ]
    const stamped = change(desk, 'visitors', visitorRow())
    stamped.hlc = formatHlc({ millis: server.clock, counter: 1 }, other.deskId)
    const othersEvent = change(desk, 'visit_step_events', {
      visitId: uuidv7(),
      stepNo: 0,
      kind: 'call',
      at: server.clock,
      deskId: other.deskId,
    })
    const response = await push(desk, [...forged, stamped, othersEvent])
    const body = response.json() as PushResponse
    expect(body.rejected.map((r) => r.code)).toEqual([
      'central_only',
      'central_only',
      'central_only',
      'central_only',
      'not_own_desk',
      'not_own_desk',
    ])
    expect(await server.pullAll(other, before)).toEqual([])
  })

  it('refuses a change stamped by a clock far ahead of its own', async () => {
    seqs = new Map()
    const desk = await server.enroll(await server.office(), 'Loket 1', 'LK1')
    const ahead = change(desk, 'visitors', visitorRow())
    ahead.hlc = formatHlc({ millis: server.clock + 48 * 60 * 60 * 1000, counter: 0 }, desk.deskId)
    const year2286 = change(desk, 'visitors', visitorRow())
    year2286.hlc = formatHlc({ millis: 9_999_999_999_999, counter: 0 }, desk.deskId)
    const fine = change(desk, 'visitors', visitorRow())
    fine.hlc = formatHlc({ millis: server.clock + 60_000, counter: 0 }, desk.deskId)
    const body = (await push(desk, [ahead, year2286, fine])).json() as PushResponse
    expect(body).toMatchObject({ ackedSeq: fine.seq })
    expect(body.rejected).toEqual([
      { seq: ahead.seq, code: 'clock_ahead', message: expect.stringContaining('2,880 min') },
      { seq: year2286.seq, code: 'clock_ahead', message: expect.any(String) },
    ])
  })

  it('answers thousands of malformed requests to every endpoint with 4xx, never 5xx', async () => {
    seqs = new Map()
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
    console.log(`hostile-input fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`)
    const rng = xoroshiro128plus(seed)
    const pick = <T>(list: readonly T[]): T => list[uniformInt(rng, 0, list.length - 1)] as T
    const officeId = await server.office()
    const desk = await server.enroll(officeId, 'Loket 1', 'LK1')
    const code = await server.code(officeId)
    await createUser(
      server.database.db,
      { officeId, username: 'sari', fullName: 'Sari', role: 'admin', password: 'sandi-rahasia' },
      server.now(),
    )
    const confirmed = await server.app.inject({
      method: 'POST',
      url: `${SYNC_API}/office/confirm`,
      headers: { authorization: `Bearer ${desk.token}` },
      payload: { username: 'sari', password: 'sandi-rahasia' },
    })
    const { grant } = confirmed.json() as { grant: string }

    const nasty: readonly unknown[] = [
      '\u0000',
      'Budi\u0000Nul',
      LONE_HIGH,
      `x${LONE_LOW}`,
      '\u001b[31m',
      DEEP,
      [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
      1e308,
      -1,
      0,
      2 ** 53 + 1,
      null,
      true,
      [],
      {},
      '',
      ' ',
      'a'.repeat(100_000),
      "'; drop table desks; --",
      '../../etc/passwd',
      { toString: 'x' },
      '2026-02-30',
      '9999-99-99',
    ]
    const pathNasty = ['%00', '%ED%A0%80', 'x%00y', '..%2F..', 'a'.repeat(2000), '%', '%FF']

    interface Template {
      method: 'GET' | 'POST' | 'PUT' | 'DELETE'
      path: (param: string) => string
      body?: () => Record<string, unknown>
      headers: Record<string, string>
    }
    const deskAuth = { authorization: `Bearer ${desk.token}` }
    const templates: Template[] = [
      {
        method: 'POST',
        path: () => `${SYNC_API}/desks/enroll`,
        body: () => ({ code, deskName: 'Loket X', deskCode: 'LK9' }),
        headers: {},
      },
      {
        method: 'POST',
        path: () => `${SYNC_API}/sync/push`,
        body: () => ({
          deskId: desk.deskId,
          schemaVersion: DESK_SCHEMA_VERSION,
          changes: [change(desk, 'visitors', visitorRow())],
        }),
        headers: deskAuth,
      },
      { method: 'GET', path: (p) => `${SYNC_API}/sync/pull?cursor=${p}&limit=${p}`, headers: deskAuth },
      { method: 'GET', path: (p) => `${SYNC_API}/health?x=${p}`, headers: {} },
      {
        method: 'POST',
        path: () => `${SYNC_API}/admin/offices`,
        body: () => ({ name: 'Kantor Fuzz', address: 'Jl. Uji', timeZone: 'Asia/Jakarta' }),
        headers: ADMIN,
      },
      {
        method: 'POST',
        path: (p) => `${SYNC_API}/admin/offices/${p}/enrolment-codes`,
        body: () => ({ ttlHours: 1 }),
        headers: ADMIN,
      },
      { method: 'GET', path: (p) => `${SYNC_API}/admin/desks?officeId=${p}`, headers: ADMIN },
      { method: 'POST', path: (p) => `${SYNC_API}/admin/desks/${p}/revoke`, headers: ADMIN },
      {
        method: 'POST',
        path: (p) => `${SYNC_API}/admin/offices/${p}/users`,
        body: () => ({ username: 'fuzz', fullName: 'Fuzz', role: 'officer', password: 'sandi-rahasia' }),
        headers: ADMIN,
      },
      { method: 'POST', path: (p) => `${SYNC_API}/admin/offices/${p}/users/${p}/disable`, headers: ADMIN },
      {
        method: 'POST',
        path: () => `${SYNC_API}/admin/holidays/import`,
        body: () => ({ year: 2026, officeId }),
        headers: ADMIN,
      },
      { method: 'GET', path: (p) => `${SYNC_API}/admin/offices/${p}/holidays?year=${p}`, headers: ADMIN },
      {
        method: 'PUT',
        path: (p) => `${SYNC_API}/admin/offices/${p}/holidays/${p}`,
        body: () => ({ name: 'Libur', kind: 'local' }),
        headers: ADMIN,
      },
      { method: 'DELETE', path: (p) => `${SYNC_API}/admin/offices/${p}/holidays/${p}`, headers: ADMIN },
      { method: 'GET', path: (p) => `${SYNC_API}/admin/offices/${p}/rejections`, headers: ADMIN },
      {
        method: 'POST',
        path: () => `${SYNC_API}/office/confirm`,
        body: () => ({ username: 'sari', password: 'salah-sandi' }),
        headers: deskAuth,
      },
      {
        method: 'PUT',
        path: () => `${SYNC_API}/office/settings`,
        body: () => ({ officeName: 'Kantor Fuzz', officeAddress: 'Jl. Uji', timeZone: 'Asia/Makassar' }),
        headers: { ...deskAuth, 'x-loket-grant': grant },
      },
      {
        method: 'PUT',
        path: () => `${SYNC_API}/office/desk-code`,
        body: () => ({ code: 'LK7' }),
        headers: { ...deskAuth, 'x-loket-grant': grant },
      },
      {
        method: 'PUT',
        path: (p) => `${SYNC_API}/office/holidays/${p}`,
        body: () => ({ name: 'Libur', kind: 'local' }),
        headers: { ...deskAuth, 'x-loket-grant': grant },
      },
      {
        method: 'DELETE',
        path: (p) => `${SYNC_API}/office/holidays/${p}`,
        headers: { ...deskAuth, 'x-loket-grant': grant },
      },
    ]

    /** Replaces one value somewhere in `body` (any depth) by a nasty one, or drops it. */
    function mutate(body: Record<string, unknown>): unknown {
      const roll = uniformInt(rng, 0, 9)
      if (roll === 0) return pick(nasty)
      const containers: Record<string, unknown>[] = []
      const walk = (value: unknown) => {
        if (typeof value !== 'object' || value === null) return
        containers.push(value as Record<string, unknown>)
        for (const child of Object.values(value)) walk(child)
      }
      walk(body)
      const target = pick(containers)
      const keys = Object.keys(target)
      const key = keys.length > 0 && roll > 1 ? pick(keys) : pick(['extra', `k${LONE_HIGH}`, 'k\u0000'])
      if (roll === 2) Reflect.deleteProperty(target, key)
      else target[key] = pick(nasty)
      return body
    }

    const statuses = new Map<number, number>()
    const failures: string[] = []
    const runs = backend === 'pglite' ? 3000 : 1000
    for (let n = 0; n < runs; n++) {
      const template = pick(templates)
      const param =
        uniformInt(rng, 0, 2) === 0 ? pick(pathNasty) : pick([officeId, desk.deskId, '2026-12-01', 'x'])
      const request: InjectOptions = {
        method: template.method,
        url: template.path(param),
        headers: template.headers,
      }
      const style = uniformInt(rng, 0, 19)
      if (template.body && style === 0) {
        request.payload = '{"broken json'
        request.headers = { ...template.headers, 'content-type': 'application/json' }
      } else if (template.body && style === 1) {
        request.payload = 'text'
        request.headers = { ...template.headers, 'content-type': 'text/plain' }
      } else if (template.body) {
        request.payload = asJson(mutate(template.body()))
        request.headers = { ...template.headers, 'content-type': 'application/json' }
      }
      const response = await server.app.inject(request)
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1)
      if (response.statusCode >= 500) {
        failures.push(
          `${request.method} ${String(request.url).slice(0, 80)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
        )
      }
    }
    console.log(`hostile-input statuses on ${backend}:`, Object.fromEntries(statuses))
    expect(failures).toEqual([])
  }, 300_000)
})
