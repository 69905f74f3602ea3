import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll } from 'vitest'
import { rows } from '../../server/schema'
import type { TestServerDatabase } from './server-db'
import { openTestServerDatabase } from './server-db'
import type { TempCore } from './temp-core'
import type { TestServer } from './test-server'
import { startTestServer } from './test-server'

/** A central server of a describe block, its database, and the desks its tests enrolled. */
export interface CentralFixture {
  central: TestServer
  database: TestServerDatabase
  /** Desks the tests make (tests/helpers/office.ts enrolledDesk), disposed after the block. */
  desks: TempCore[]
  /** The server's current rows of one office's table. */
  officeRows(officeId: string, table: string): Promise<(typeof rows.$inferSelect)[]>
}

/**
 * Starts a real central server over HTTP on `backend` before the block's tests and stops it after
 * them, its desks disposed first. The fields are set once the block starts.
 */
export function useCentral(backend: 'pglite' | 'postgres'): CentralFixture {
  let server: TestServer | undefined
  let opened: TestServerDatabase | undefined
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the central server starts before the block’s tests')
    return value
  }
  const fixture: CentralFixture = {
    get central() {
      return started(server)
    },
    get database() {
      return started(opened)
    },
    desks: [],
    officeRows: async (officeId, table) =>
      started(opened)
        .db.select()
        .from(rows)
        .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table))),
  }
  beforeAll(async () => {
    opened = await openTestServerDatabase(backend)
    server = await startTestServer(opened)
  })
  afterAll(async () => {
    for (const desk of fixture.desks) desk.dispose()
    const central = started(server)
    // Closed the moment the desks drop their streams of news, the server on PostgreSQL can wait
    // forever: let it see them go first (bounded).
    for (let tries = 0; tries < 100 && central.feed.connections > 0; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await central.close()
    await started(opened).dispose()
  })
  return fixture
}
