import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { ServerDatabase } from '../../server/database'
import { openServerDatabase } from '../../server/database'

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it when one answers). */
export const SERVER_BACKENDS: readonly ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite']

export interface TestServerDatabase extends ServerDatabase {
  /** The connection string of the throwaway PostgreSQL database, for a server process to share. */
  url?: string
  dataDir?: string
  dispose(): Promise<void>
}

/** A fresh, migrated server database: a temporary PGlite folder, or a throwaway PostgreSQL database. */
export async function openTestServerDatabase(kind: 'pglite' | 'postgres'): Promise<TestServerDatabase> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-pglite-'))
    const database = await openServerDatabase({ dataDir })
    return {
      ...database,
      dataDir,
      async dispose() {
        await database.close()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  }
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set')
  const name = `loket_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const database = await openServerDatabase({ databaseUrl: url.toString() })
  return {
    ...database,
    url: url.toString(),
    async dispose() {
      await database.close()
      const cleanup = new pg.Client({ connectionString: adminUrl })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    },
  }
}
