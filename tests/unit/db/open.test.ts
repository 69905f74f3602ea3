import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError, openDatabase } from '../../../db'

const MIGRATIONS = resolve(import.meta.dirname, '../../../db/migrations')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'loket-db-'))
  dirs.push(dir)
  return dir
}

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[]
}

/** A copy of the real migrations with one more migration, as a newer app (or a broken build) would ship. */
function migrationsWith(extra: { when: number; tag: string; sql: string }, dropTags: string[] = []): string {
  const folder = join(tempDir(), 'migrations')
  cpSync(MIGRATIONS, folder, { recursive: true })
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal
  const first = journal.entries[0]
  if (!first) throw new Error('no migrations')
  journal.entries = journal.entries.filter((e) => !dropTags.includes(e.tag))
  journal.entries.push({ ...first, idx: journal.entries.length, when: extra.when, tag: extra.tag })
  journal.entries.sort((a, b) => a.when - b.when)
  writeFileSync(journalFile, JSON.stringify(journal))
  writeFileSync(join(folder, `${extra.tag}.sql`), extra.sql)
  return folder
}

/** Extra migrations in these tests go after the newest real one, as a real next migration would. */
function lastMigrationTime(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal
  return Math.max(...journal.entries.map((e) => e.when))
}

function openError(run: () => unknown): DatabaseOpenError {
  try {
    run()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('expected a DatabaseOpenError')
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const opened = openDatabase({ file: join(tempDir(), 'a', 'loket.sqlite'), migrationsFolder: MIGRATIONS })
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    opened.close()
    opened.close()
  })

  it('creates every table on a fresh file without a backup, and reopening changes nothing', () => {
    const file = join(tempDir(), 'loket.sqlite')
    const first = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(first.backupFile).toBeNull()
    const tables = (
      first.sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]
    ).map((t) => t.name)
    expect(tables).toEqual(
      expect.arrayContaining([
        'settings',
        'desks',
        'users',
        'visitors',
        'visits',
        'visit_step_events',
        'outbox',
        'audit_log',
      ]),
    )
    first.close()
    const second = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(second.backupFile).toBeNull()
    second.close()
  })

  it('refuses a database written by a newer app, and leaves it untouched', () => {
    const dir = tempDir()
    const file = join(dir, 'loket.sqlite')
    const newer = migrationsWith({
      when: lastMigrationTime() + 1000,
      tag: '9999_future',
      sql: 'CREATE TABLE future (id text);',
    })
    openDatabase({ file, migrationsFolder: newer }).close()
    const before = readFileSync(file)
    const error = openError(() => openDatabase({ file, migrationsFolder: MIGRATIONS }))
    expect(error.code).toBe('database_newer_than_app')
    expect(error.userMessage.id).toMatch(/versi Loket yang lebih baru/)
    expect(error.userMessage.en).toMatch(/newer version/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses to start when a migration older than the newest applied one was never applied', () => {
    const dir = tempDir()
    const file = join(dir, 'loket.sqlite')
    const t0 = lastMigrationTime()
    const later = migrationsWith({ when: t0 + 2000, tag: '0002_later', sql: 'CREATE TABLE later (id text);' })
    openDatabase({ file, migrationsFolder: later }).close()
    // A build that slipped a migration in between the two already applied ones.
    const journalFile = join(later, 'meta', '_journal.json')
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal
    const base = journal.entries[0]
    if (!base) throw new Error('no migrations')
    journal.entries.push({ ...base, idx: 2, when: t0 + 1000, tag: '0001_between' })
    journal.entries.sort((a, b) => a.when - b.when)
    writeFileSync(journalFile, JSON.stringify(journal))
    writeFileSync(join(later, '0001_between.sql'), 'CREATE TABLE between_ (id text);')
    const error = openError(() => openDatabase({ file, migrationsFolder: later }))
    expect(error.code).toBe('migration_skipped')
    const sqlite = new Database(file, { readonly: true })
    expect(sqlite.prepare(`select name from sqlite_master where name = 'between_'`).get()).toBeUndefined()
    sqlite.close()
  })

  it('backs up a database with data before migrating it, and the backup opens with the data', () => {
    const dir = tempDir()
    const file = join(dir, 'loket.sqlite')
    const current = openDatabase({ file, migrationsFolder: MIGRATIONS })
    current.sqlite.prepare(`insert into local_meta (key, value) values ('desk_id', 'desk-1')`).run()
    current.close()
    const next = migrationsWith({
      when: lastMigrationTime() + 1000,
      tag: '0001_add_column',
      sql: 'ALTER TABLE visitors ADD COLUMN nickname text;',
    })
    const migrated = openDatabase({ file, migrationsFolder: next, now: () => Date.UTC(2026, 10, 24) })
    expect(migrated.backupFile).toMatch(/backups\/loket-2026-11-24T00-00-00-000Z-before-migration\.sqlite$/)
    migrated.close()
    const backup = new Database(migrated.backupFile ?? '', { readonly: true })
    expect(backup.prepare(`select value from local_meta where key = 'desk_id'`).get()).toEqual({
      value: 'desk-1',
    })
    backup.close()
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1)
  })

  it('rolls back to the backup when a migration leaves broken foreign keys', () => {
    const dir = tempDir()
    const file = join(dir, 'loket.sqlite')
    openDatabase({ file, migrationsFolder: MIGRATIONS }).close()
    const breaking = migrationsWith({
      when: lastMigrationTime() + 1000,
      tag: '0001_orphan',
      sql: `INSERT INTO visit_step_events (id, hlc, origin_desk, visit_id, step_no, kind, at, desk_id) VALUES ('e1', 'h', 'd', 'no-such-visit', 1, 'start', 0, 'd');`,
    })
    const error = openError(() => openDatabase({ file, migrationsFolder: breaking }))
    expect(error.code).toBe('foreign_key_violation')
    const reopened = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(reopened.sqlite.prepare('select count(*) as n from visit_step_events').get()).toEqual({ n: 0 })
    reopened.close()
  })

  it('refuses a file that is not a database and does not overwrite it', () => {
    const file = join(tempDir(), 'loket.sqlite')
    const garbage = Buffer.from('this is not sqlite, it is a letter from the office '.repeat(200))
    writeFileSync(file, garbage)
    const error = openError(() => openDatabase({ file, migrationsFolder: MIGRATIONS }))
    expect(error.code).toBe('not_a_database')
    expect(readFileSync(file).equals(garbage)).toBe(true)
  })
})
