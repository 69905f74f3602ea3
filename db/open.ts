import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { DatabaseOpenError } from './errors'
import * as schema from './schema'
import { withStatementCache } from './statement-cache'

export interface OpenOptions {
  /** The SQLite file; its folder is created when missing. */
  file: string
  /** drizzle-kit's output folder, with meta/_journal.json. */
  migrationsFolder: string
  /** A better-sqlite3 build to load instead of node_modules' (Electron has its own ABI). */
  nativeBinding?: string
  /** Where pre-migration backups go; default `<folder of file>/backups`. */
  backupDir?: string
  now?: () => number
}

export type LoketDb = BetterSQLite3Database<typeof schema>

export interface OpenedDatabase {
  sqlite: Database.Database
  db: LoketDb
  /** The copy made before migrating, when there was anything to migrate. */
  backupFile: string | null
  /** Checkpoints the WAL into the main file and closes; safe to call twice. */
  close(): void
}

/** Backups kept per database; older ones are pruned after a new one is made. */
export const BACKUPS_KEPT = 5
const MIGRATIONS_TABLE = '__drizzle_migrations'
/** WAL pages (4 KiB) after which a commit checkpoints by itself, if no idle moment came first. */
const WAL_CHECKPOINT_PAGES = 10_000

/**
 * Opens the desk's database for committed-means-durable use and brings its schema up to date,
 * refusing (with a message for the user) whenever going on could lose or corrupt data.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { file } = options
  mkdirSync(dirname(file), { recursive: true })
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    applyPragmas(sqlite, file)
    const db = drizzle(withStatementCache(sqlite), { schema })
    const backupFile = migrateGuarded(sqlite, db, options)
    let closed = false
    return {
      sqlite,
      db,
      backupFile,
      close() {
        if (closed) return
        closed = true
        sqlite.pragma('wal_checkpoint(TRUNCATE)')
        sqlite.close()
      },
    }
  } catch (error) {
    if (sqlite.open) sqlite.close()
    throw error
  }
}

function applyPragmas(sqlite: Database.Database, file: string): void {
  sqlite.pragma('busy_timeout = 5000')
  let mode: unknown
  try {
    mode = sqlite.pragma('journal_mode = WAL', { simple: true })
  } catch (error) {
    // SQLite reads the header first: a damaged or foreign file fails here, before anything is written.
    if (isSqliteError(error, 'SQLITE_NOTADB') || isSqliteError(error, 'SQLITE_CORRUPT')) {
      throw new DatabaseOpenError('not_a_database', String(error), { file })
    }
    throw error
  }
  if (mode !== 'wal') throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)})`)
  sqlite.pragma('synchronous = FULL')
  // Every commit is durable when it returns (synchronous=FULL syncs the WAL); copying the WAL into
  // the main file (a checkpoint) adds nothing to that, so it runs between commands
  // (core/free-checkpoint.ts) instead of inside every ~20th one, with this bound as a safety net.
  sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`)
  sqlite.pragma('foreign_keys = ON')
}

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code
}

interface AppliedMigration {
  hash: string
  createdAt: number
}

function appliedMigrations(sqlite: Database.Database): AppliedMigration[] {
  const table = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name = ?`)
    .get(MIGRATIONS_TABLE)
  if (!table) return []
  return (
    sqlite.prepare(`select hash, created_at from ${MIGRATIONS_TABLE}`).all() as {
      hash: string
      created_at: number
    }[]
  ).map((row) => ({ hash: row.hash, createdAt: Number(row.created_at) }))
}

/**
 * drizzle's migrator applies only journal entries newer than the newest applied one, so it
 * silently skips an older unapplied entry and never notices a database from a newer app.
 * Both are checked here before anything is written.
 */
function migrateGuarded(sqlite: Database.Database, db: LoketDb, options: OpenOptions): string | null {
  const known = readMigrationFiles({ migrationsFolder: options.migrationsFolder })
  const applied = appliedMigrations(sqlite)
  const knownTimes = new Set(known.map((m) => m.folderMillis))
  const unknown = applied.filter((m) => !knownTimes.has(m.createdAt))
  if (unknown.length > 0) {
    throw new DatabaseOpenError(
      'database_newer_than_app',
      `applied migrations unknown to this app: ${unknown.map((m) => m.createdAt).join(', ')}`,
    )
  }
  const appliedTimes = new Set(applied.map((m) => m.createdAt))
  const newestApplied = Math.max(0, ...appliedTimes)
  const pending = known.filter((m) => !appliedTimes.has(m.folderMillis))
  const skipped = pending.filter((m) => m.folderMillis <= newestApplied)
  if (skipped.length > 0) {
    throw new DatabaseOpenError(
      'migration_skipped',
      `migrations older than the newest applied one were never applied: ${skipped.map((m) => m.folderMillis).join(', ')}`,
    )
  }
  if (pending.length === 0) return null

  const backupFile = hasUserTables(sqlite) ? backup(sqlite, options) : null
  // foreign_keys cannot change inside a transaction, and table rebuilds need it off.
  sqlite.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder: options.migrationsFolder })
  } catch (error) {
    throw new DatabaseOpenError('migration_failed', String(error), { backup: backupFile ?? '-' })
  }
  const violations = sqlite.pragma('foreign_key_check') as unknown[]
  if (violations.length > 0) {
    if (backupFile) restore(sqlite, options.file, backupFile)
    throw new DatabaseOpenError('foreign_key_violation', JSON.stringify(violations.slice(0, 5)), {
      backup: backupFile ?? '-',
    })
  }
  sqlite.pragma('foreign_keys = ON')
  return backupFile
}

function hasUserTables(sqlite: Database.Database): boolean {
  return (
    sqlite
      .prepare(`select 1 from sqlite_master where type = 'table' and name not like 'sqlite_%' limit 1`)
      .get() !== undefined
  )
}

function backup(sqlite: Database.Database, options: OpenOptions): string {
  const dir = options.backupDir ?? join(dirname(options.file), 'backups')
  mkdirSync(dir, { recursive: true })
  const stamp = new Date(options.now?.() ?? Date.now()).toISOString().replace(/[:.]/g, '-')
  const target = join(dir, `${basename(options.file, '.sqlite')}-${stamp}-before-migration.sqlite`)
  // VACUUM INTO writes a consistent, compact copy; quotes doubled for the SQL string literal.
  sqlite.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`)
  prune(dir, basename(options.file, '.sqlite'))
  return target
}

function prune(dir: string, prefix: string): void {
  const backups = readdirSync(dir)
    .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('-before-migration.sqlite'))
    .map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at || b.path.localeCompare(a.path))
  for (const old of backups.slice(BACKUPS_KEPT)) rmSync(old.path, { force: true })
}

/** Puts the pre-migration copy back, so the database is as the previous app version left it. */
function restore(sqlite: Database.Database, file: string, backupFile: string): void {
  sqlite.close()
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix)
  copyFileSync(backupFile, file)
}
