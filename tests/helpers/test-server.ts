import type { FastifyInstance } from 'fastify'
import { buildServer } from '../../server/app'
import type { OfficeFeed } from '../../server/live/office-feed'
import { openOfficeFeed } from '../../server/live/office-feed'
import type { TestServerDatabase } from './server-db'
import { openTestServerDatabase } from './server-db'

export interface TestServer {
  database: TestServerDatabase
  /** The desks listening for their office's changes on this server. */
  feed: OfficeFeed
  url: string
  close(): Promise<void>
}

/**
 * The central server in this process, listening on a free port of 127.0.0.1, on a fresh PGlite; or
 * one more instance on a database given (several instances on one PostgreSQL, as behind a load
 * balancer), which its caller disposes of.
 */
export async function startTestServer(shared?: TestServerDatabase): Promise<TestServer> {
  const database = shared ?? (await openTestServerDatabase('pglite'))
  const live = await openOfficeFeed(database)
  // Tests enrol many desks from one address within a minute; the limits have their own test.
  const server: FastifyInstance = buildServer({
    db: database.db,
    feed: live.feed,
    version: 'test',
    limits: { enrolPerMinute: 10_000 },
  })
  await server.listen({ host: '127.0.0.1', port: 0 })
  const address = server.server.address()
  return {
    database,
    feed: live.feed,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      await server.close()
      await live.close()
      if (!shared) await database.dispose()
    },
  }
}
