import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../server/app'
import type { TestServerDatabase } from './server-db'
import { openTestServerDatabase } from './server-db'

export interface TestServer {
  database: TestServerDatabase
  url: string
  close(): Promise<void>
}

/** The central server in this process, listening on a free port of 127.0.0.1, on a fresh PGlite. */
export async function startTestServer(): Promise<TestServer> {
  const database = await openTestServerDatabase('pglite')
  // Tests enrol many desks from one address within a minute; the limits have their own test.
  const server: FastifyInstance = buildServer({
    db: database.db,
    version: 'test',
    limits: { enrolPerMinute: 10_000 },
  })
  await server.listen({ host: '127.0.0.1', port: 0 })
  const address = server.server.address()
  return {
    database,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      await server.close()
      await database.dispose()
    },
  }
}
