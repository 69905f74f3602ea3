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
/** One transaction of the central store, as `ServerDb.transaction` hands it to its callback. */
export type Tx = Parameters<Parameters<ServerDb['transaction']>[0]>[0]

export interface ServerDatabase {
  db: ServerDb
  kind: 'pglite' | 'postgres'
  /**
   * Hears NOTIFY on `channel` (a constant SQL identifier) from every process on this database,
   * this one included: `onPayload` gets each payload; `onGap` is told when notifications may have
   * been missed (the listening connection dropped and came back). Gives the function that stops.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onGap: () => void,
  ): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** How long a dropped LISTEN connection waits before it connects again. */
const RELISTEN_MS = 1000

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries), connected
 * again after a drop (PostgreSQL restarted, a fail-over), with onGap after each reconnection.
 */
async function listenPostgres(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string) => void,
  onGap: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null
  let stopped = false
  let retry: ReturnType<typeof setTimeout> | null = null
  const connect = async (): Promise<void> => {
    const fresh = new pg.Client({ connectionString: databaseUrl })
    fresh.on('notification', (message) => {
      if (message.channel === channel && message.payload) onPayload(message.payload)
    })
    const lost = () => {
      if (client !== fresh || stopped) return
      client = null
      retry = setTimeout(() => {
        retry = null
        connect().then(onGap, lost)
      }, RELISTEN_MS)
    }
    fresh.on('error', lost)
    fresh.on('end', lost)
    client = fresh
    await fresh.connect()
    await fresh.query(`LISTEN ${channel}`)
  }
  await connect()
  return async () => {
    stopped = true
    if (retry) clearTimeout(retry)
    await client?.end().catch(() => undefined)
  }
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
    const databaseUrl = options.databaseUrl
    return {
      db,
      kind: 'postgres',
      listen: (channel, onPayload, onGap) => listenPostgres(databaseUrl, channel, onPayload, onGap),
      close: () => pool.end(),
    }
  }
  const dataDir = resolve(options.dataDir ?? './server-data')
  mkdirSync(dataDir, { recursive: true })
  const client = new PGlite(dataDir)
  const db = drizzlePglite(client, { schema })
  await migratePglite(db, { migrationsFolder: SERVER_MIGRATIONS })
  return {
    db,
    kind: 'pglite',
    // One process holds a PGlite database: its own NOTIFY reaches its own listeners, and no
    // connection can drop, so there is never a gap.
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload)
      return unlisten
    },
    close: () => client.close(),
  }
}
