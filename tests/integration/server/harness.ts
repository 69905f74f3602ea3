import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, expect } from 'vitest'
import type { PullResponse } from '../../../common/sync-protocol'
import { SYNC_API } from '../../../common/sync-protocol'
import { createEnrolmentCode, createOffice } from '../../../server/admin/operations'
import { buildServer } from '../../../server/app'
import type { TestServerDatabase } from '../../helpers/server-db'
import { openTestServerDatabase } from '../../helpers/server-db'

/** At least 32 characters, as the server insists (server/http/limits.ts). */
export const ADMIN_TOKEN = 'admin-secret-for-the-server-tests-0123456789'
export const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` }

export interface EnrolledDesk {
  deskId: string
  officeId: string
  token: string
  queueBlock: number | null
}

/**
 * A central server on a fresh database of one backend for a describe block, with the calls the
 * server tests share. Its clock stands still unless a test moves it.
 */
export function serverHarness(backend: 'pglite' | 'postgres') {
  const harness = {
    database: undefined as unknown as TestServerDatabase,
    app: undefined as unknown as FastifyInstance,
    clock: Date.UTC(2026, 10, 24, 1),
    now: () => harness.clock,

    async office(name = 'Kantor Uji'): Promise<string> {
      return (await createOffice(harness.database.db, { name }, harness.now())).officeId
    },

    async code(officeId: string): Promise<string> {
      return (await createEnrolmentCode(harness.database.db, { officeId }, harness.now())).code
    },

    enrollWith(code: string, deskName: string, deskCode?: string): Promise<LightMyRequestResponse> {
      return harness.app.inject({
        method: 'POST',
        url: `${SYNC_API}/desks/enroll`,
        payload: { code, deskName, ...(deskCode === undefined ? {} : { deskCode }) },
      })
    },

    async enroll(officeId: string, deskName = 'Loket 1', deskCode?: string): Promise<EnrolledDesk> {
      const response = await harness.enrollWith(await harness.code(officeId), deskName, deskCode)
      expect(response.statusCode, response.body).toBe(200)
      return response.json()
    },

    async pullAll(desk: { token: string }, cursor = 0): Promise<PullResponse['changes']> {
      const all: PullResponse['changes'] = []
      for (;;) {
        const response = await harness.app.inject({
          method: 'GET',
          url: `${SYNC_API}/sync/pull?cursor=${cursor}`,
          headers: { authorization: `Bearer ${desk.token}` },
        })
        expect(response.statusCode).toBe(200)
        const page = response.json() as PullResponse
        all.push(...page.changes)
        cursor = page.nextCursor
        if (!page.hasMore) return all
      }
    },

    /** Where a desk's pull stands now, to see later only what came after. */
    async cursorOf(desk: { token: string }): Promise<number> {
      let cursor = 0
      for (;;) {
        const response = await harness.app.inject({
          method: 'GET',
          url: `${SYNC_API}/sync/pull?cursor=${cursor}`,
          headers: { authorization: `Bearer ${desk.token}` },
        })
        const page = response.json() as PullResponse
        cursor = page.nextCursor
        if (!page.hasMore) return cursor
      }
    },

    admin(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
      return harness.app.inject({
        method,
        url: `${SYNC_API}/admin${url}`,
        headers: ADMIN,
        ...(payload === undefined ? {} : { payload }),
      })
    },
  }

  beforeAll(async () => {
    harness.database = await openTestServerDatabase(backend)
    harness.app = buildServer({
      db: harness.database.db,
      version: '0.0.0-test',
      adminToken: ADMIN_TOKEN,
      now: harness.now,
      // These tests enrol desks by the dozen from one address; the limits have their own test.
      limits: { enrolPerMinute: 10_000 },
    })
  })
  afterAll(async () => {
    await harness.app.close()
    await harness.database.dispose()
  })
  return harness
}
