import { afterEach, describe, expect, it } from 'vitest'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, addUser, tempCore } from '../../helpers/temp-core'

/**
 * Issue 12 item 5 through the contract: the IKM report for those who report on it (administrator,
 * head, staff — not the counter's other roles), for a period and a service or the whole office,
 * and the same report drawn as a document. The figures themselves are tests/unit/common/ikm.test.ts's
 * and tests/unit/core/ikm-query.test.ts's.
 */

let desk: TempCore
afterEach(() => desk?.dispose())

async function office() {
  desk = tempCore(undefined, { now: Date.UTC(2026, 10, 23, 2) })
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
}

const NOVEMBER = { period: { kind: 'month', year: 2026, index: 11 }, procedureId: null } as const

describe('the IKM report', () => {
  it('is for the administrator, a head and staff, and says a period without answers has no IKM', async () => {
    await office()
    const report = await desk.call('skm.ikm', NOVEMBER)
    expect(report).toMatchObject({ respondents: 0, ikm: null, category: null, population: 0 })
    expect(report.periodLabel.id).toBe('November 2026')
    expect(report.trend).toHaveLength(5)
    const receptionist = await addUser(desk, 'receptionist')
    expect((await desk.fail('skm.ikm', NOVEMBER, receptionist)).code).toBe('forbidden')
    const head = await addUser(desk, 'head')
    expect((await desk.call('skm.ikm', NOVEMBER, head)).respondents).toBe(0)
  })

  it('names the service it is of, and refuses a procedure Loket does not know', async () => {
    await office()
    const service = await desk.call('skm.ikm', { ...NOVEMBER, procedureId: 'konsultasi-tatap-muka' })
    expect(service.serviceName?.id).toMatch(/konsultasi/i)
    expect((await desk.fail('skm.ikm', { ...NOVEMBER, procedureId: 'tidak-ada' })).code).toBe(
      'procedure_not_found',
    )
  })

  it('is drawn as a document anew each time it is asked for', async () => {
    await office()
    const first = await desk.call('documents.issue', { kind: 'ikm_report', ...NOVEMBER })
    const second = await desk.call('documents.issue', { kind: 'ikm_report', ...NOVEMBER })
    expect(first).toMatchObject({ kind: 'ikm_report', number: 'IKM/LK1/20261123/0001', visitId: null })
    expect(second.number).toBe('IKM/LK1/20261123/0002')
  })
})
