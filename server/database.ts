import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema'

export type ServerDb = PgDatabase<PgQueryResultHKT, typeof schema>

export interface ServerDatabase {
  db: ServerDb
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

const MIGRATION_LOCK = 0x4c6f6b65 // 'Loke'

export const SERVER_MIGRATIONS = resolve(import.meta.dirname, 'migrations')

/**
 * PostgreSQL when a URL is given (several server instances may share it), otherwise PGlite in a
 * data folder, so `npm run server` works with no set-up. Migrations run before the server listens.
 */
export async function openServerDatabase(options: {
  databaseUrl?: string
  dataDir?: string
  /** Told when an idle PostgreSQL connection fails (logged by the server; the pool reconnects). */
  onIdleError?: (error: Error) => void
}): Promise<ServerDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 })
    // An idle client whose connection drops (PostgreSQL restarted, a fail-over) makes the pool emit
    // 'error'; unheard, that event would crash the process. The pool replaces the client by itself.
    pool.on('error', (error) => options.onIdleError?.(error))
    const db = drizzlePg(pool, { schema })
    // Several instances may start together against one database: one migrates, the others wait.
    const lock = await pool.connect()
    try {
      await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
      await migratePg(db, { migrationsFolder: SERVER_MIGRATIONS })
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
      lock.release()
    }
    return { db, kind: 'postgres', close: () => pool.end() }
  }
  const dataDir = resolve(options.dataDir ?? './server-data')
  mkdirSync(dataDir, { recursive: true })
  const client = new PGlite(dataDir)
  const db = drizzlePglite(client, { schema })
  await migratePglite(db, { migrationsFolder: SERVER_MIGRATIONS })
  return { db, kind: 'pglite', close: () => client.close() }
}
