import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SYNC_API } from '../../../common/sync-protocol'
import { ServerConfigError, buildServer } from '../../../server/app'
import { DEFAULT_RATE_LIMITS } from '../../../server/http/limits'
import { openTestServerDatabase } from '../../helpers/server-db'
import { ServerProcess, freePort } from '../../helpers/server-process'
import { ADMIN_TOKEN } from './harness'

/** Issue 7, fault 7: guessing enrolment codes and the admin token was free. */
describe('rate limits and the admin token', () => {
  it('answers 429 to a client that keeps guessing enrolment codes or the admin token, and lets others in', async () => {
    const database = await openTestServerDatabase('pglite')
    const app = buildServer({ db: database.db, version: 't', adminToken: ADMIN_TOKEN })
    try {
      const enrol = (ip: string) =>
        app.inject({
          method: 'POST',
          url: `${SYNC_API}/desks/enroll`,
          remoteAddress: ip,
          payload: { code: 'AAAA-BBBB-CCCC', deskName: 'Loket X', deskCode: 'LK9' },
        })
      const statuses: number[] = []
      for (let i = 0; i <= DEFAULT_RATE_LIMITS.enrolPerMinute; i++)
        statuses.push((await enrol('10.0.0.5')).statusCode)
      expect(statuses.slice(0, -1).every((s) => s === 403)).toBe(true)
      expect(statuses.at(-1)).toBe(429)
      expect((await enrol('10.0.0.6')).statusCode).toBe(403)

      const admin = (ip: string, token: string) =>
        app.inject({
          method: 'GET',
          url: `${SYNC_API}/admin/desks`,
          remoteAddress: ip,
          headers: { authorization: `Bearer ${token}` },
        })
      for (let i = 0; i < DEFAULT_RATE_LIMITS.adminFailures; i++) {
        expect((await admin('10.0.0.7', `tebakan-${i}`)).statusCode).toBe(401)
      }
      // Out of guesses: refused before the token is even compared, the right one included.
      const refused = await admin('10.0.0.7', ADMIN_TOKEN)
      expect(refused.statusCode).toBe(429)
      expect(refused.headers['retry-after']).toBeDefined()
      expect((await admin('10.0.0.8', ADMIN_TOKEN)).statusCode).toBe(200)
      // A desk's sync is never limited.
      for (let i = 0; i < 50; i++) {
        expect(
          (await app.inject({ method: 'GET', url: `${SYNC_API}/health`, remoteAddress: '10.0.0.7' }))
            .statusCode,
        ).toBe(200)
      }
    } finally {
      await app.close()
      await database.dispose()
    }
  })

  it('refuses to start with an admin token shorter than 32 characters, saying why', async () => {
    const database = await openTestServerDatabase('pglite')
    try {
      expect(() => buildServer({ db: database.db, version: 't', adminToken: 'rahasia' })).toThrow(
        ServerConfigError,
      )
    } finally {
      await database.dispose()
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-short-token-'))
    try {
      const server = new ServerProcess(await freePort(), {
        LOKET_ADMIN_TOKEN: 'short',
        LOKET_SERVER_DATA: dataDir,
      })
      const exit = await server.runToExit()
      expect(exit.code).toBe(1)
      expect(exit.stderr).toContain('at least 32')
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
