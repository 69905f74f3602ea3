import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ServerConfigError, buildServer } from './app'
import { openServerDatabase } from './database'
import { openOfficeFeed } from './live/office-feed'

/**
 * `npm run server`. Env: DATABASE_URL (PostgreSQL; default: PGlite in LOKET_SERVER_DATA, default
 * ./server-data), HOST (127.0.0.1), PORT (8787), LOKET_ADMIN_TOKEN (turns the admin HTTP API on).
 */
async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string
  }
  let app: ReturnType<typeof buildServer> | null = null
  const database = await openServerDatabase({
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    dataDir: process.env.LOKET_SERVER_DATA ?? './server-data',
    onIdleError: (error) => app?.log.warn({ err: error }, 'idle database connection failed; reconnecting'),
  })
  const live = await openOfficeFeed(database)
  try {
    app = buildServer({
      db: database.db,
      feed: live.feed,
      version: pkg.version,
      logger: { level: process.env.LOG_LEVEL ?? 'info' },
      ...(process.env.LOKET_ADMIN_TOKEN ? { adminToken: process.env.LOKET_ADMIN_TOKEN } : {}),
    })
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error
    console.error(`loket server: ${error.message}`)
    await live.close()
    await database.close()
    process.exit(1)
  }
  const host = process.env.HOST ?? '127.0.0.1'
  const port = Number(process.env.PORT ?? 8787)
  const server = app
  await server.listen({ host, port })
  server.log.info({ database: database.kind }, 'loket central server ready')

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await server.close()
    await live.close()
    await database.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

void main()
