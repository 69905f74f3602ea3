import { describe, expect, it } from 'vitest'
import { EnrollResponse, QUEUE_BLOCKS } from '../../../common/sync-protocol'
import { listDesks, revokeDesk } from '../../../server/admin/operations'
import { SERVER_BACKENDS } from '../../helpers/server-db'
import { serverHarness } from './harness'

describe.each(SERVER_BACKENDS)('desk enrolment on %s', (backend) => {
  const server = serverHarness(backend)

  it('gives each desk of an office the lowest free queue block, in the shape desks parse', async () => {
    const officeId = await server.office()
    const responses = []
    for (const n of [1, 2, 3]) {
      const response = await server.enrollWith(await server.code(officeId), `Loket ${n}`, `LK${n}`)
      expect(response.statusCode, response.body).toBe(200)
      responses.push(response.json() as Record<string, unknown>)
    }
    for (const body of responses) {
      expect(Object.keys(body).sort()).toEqual(['deskId', 'officeId', 'queueBlock', 'token'])
      expect(EnrollResponse.parse(body)).toEqual(body)
    }
    expect(responses.map((body) => body.queueBlock)).toEqual([0, 1, 2])
    // Another office counts its own blocks.
    expect((await server.enroll(await server.office('Kantor Lain'))).queueBlock).toBe(0)
  })

  it('reuses the block of a revoked desk, lowest first', async () => {
    const officeId = await server.office()
    const desks = []
    for (const n of [1, 2, 3]) desks.push(await server.enroll(officeId, `Loket ${n}`))
    await revokeDesk(server.database.db, desks[1]?.deskId ?? '', server.now())
    expect((await server.enroll(officeId, 'Loket 4')).queueBlock).toBe(1)
    expect((await server.enroll(officeId, 'Loket 5')).queueBlock).toBe(3)
  })

  it('gives no block to an eleventh active desk, and a block again once one is freed', async () => {
    const officeId = await server.office()
    const desks = []
    for (let n = 0; n < QUEUE_BLOCKS; n++) desks.push(await server.enroll(officeId, `Loket ${n}`))
    expect(desks.map((desk) => desk.queueBlock)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const eleventh = await server.enroll(officeId, 'Loket 11')
    expect(eleventh.queueBlock).toBeNull()
    expect(EnrollResponse.parse(eleventh)).toEqual(eleventh)
    await revokeDesk(server.database.db, desks[6]?.deskId ?? '', server.now())
    expect((await server.enroll(officeId, 'Loket 12')).queueBlock).toBe(6)
  })

  it('never gives one block to two desks enrolling at once', async () => {
    const officeId = await server.office()
    const codes = await Promise.all(Array.from({ length: 8 }, () => server.code(officeId)))
    const responses = await Promise.all(
      codes.map((code, n) => server.enrollWith(code, `Loket ${n}`, `LK${n}`)),
    )
    expect(responses.map((r) => r.statusCode)).toEqual(codes.map(() => 200))
    const blocks = responses.map((r) => (r.json() as { queueBlock: number }).queueBlock)
    expect([...blocks].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('refuses a desk code an active desk of the office has, and keeps the enrolment code usable', async () => {
    const officeId = await server.office()
    const first = await server.enroll(officeId, 'Loket 1', 'lk1')
    const code = await server.code(officeId)
    const taken = await server.enrollWith(code, 'Loket 1 lagi', ' LK1 ')
    expect(taken.statusCode).toBe(409)
    expect(taken.json()).toMatchObject({ error: 'desk_code_taken' })
    // The code was not spent, and the refused desk took no block.
    const second = await server.enrollWith(code, 'Loket 2', 'LK2')
    expect(second.statusCode).toBe(200)
    expect(second.json()).toMatchObject({ queueBlock: 1 })
    // Another office may use the same code; a revoked desk's code is free again.
    await server.enroll(await server.office('Kantor Lain'), 'Loket 1', 'LK1')
    await revokeDesk(server.database.db, first.deskId, server.now())
    expect((await server.enroll(officeId, 'Loket 1 baru', 'LK1')).queueBlock).toBe(0)
  })

  it('lets only one of several desks enrolling at once with one desk code in', async () => {
    const officeId = await server.office()
    const codes = await Promise.all(Array.from({ length: 4 }, () => server.code(officeId)))
    const responses = await Promise.all(codes.map((code, n) => server.enrollWith(code, `Loket ${n}`, 'LK7')))
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409])
  })

  it('enrols a desk that sends no desk code, as older desks do', async () => {
    const officeId = await server.office()
    const a = await server.enroll(officeId, 'Loket lama')
    const b = await server.enroll(officeId, 'Loket lama 2')
    expect([a.queueBlock, b.queueBlock]).toEqual([0, 1])
    const listed = await listDesks(server.database.db, officeId)
    expect(listed.map((desk) => desk.code)).toEqual([null, null])
  })

  it('lists each desk with its code and queue block, on the CLI operation and the admin API', async () => {
    const officeId = await server.office()
    const a = await server.enroll(officeId, 'Loket 1', 'lk1')
    const b = await server.enroll(officeId, 'Loket 2', 'LK2')
    const expected = [
      { deskId: a.deskId, name: 'Loket 1', code: 'LK1', queueBlock: 0, revokedAt: null },
      { deskId: b.deskId, name: 'Loket 2', code: 'LK2', queueBlock: 1, revokedAt: null },
    ]
    expect(await listDesks(server.database.db, officeId)).toMatchObject(expected)
    const api = await server.admin('GET', `/desks?officeId=${officeId}`)
    expect(api.statusCode).toBe(200)
    expect(api.json()).toMatchObject(expected)
  })
})
