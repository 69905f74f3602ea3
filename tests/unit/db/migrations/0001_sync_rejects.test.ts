import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../db'

/** Signal-style: a database at the version before, with data, migrated by this app. */
const MIGRATIONS = resolve(import.meta.dirname, '../../../../db/migrations')
const dir = mkdtempSync(join(tmpdir(), 'loket-m0001-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function migrationsUpTo(tag: string): string {
  const folder = join(dir, 'before')
  cpSync(MIGRATIONS, folder, { recursive: true })
  const file = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string }[] }
  const at = journal.entries.findIndex((e) => e.tag === tag)
  journal.entries = journal.entries.slice(0, at)
  writeFileSync(file, JSON.stringify(journal))
  return folder
}

describe('migration 0001_sync_rejects', () => {
  it('adds the local rejects table and keeps the outbox and rows as they were', () => {
    const file = join(dir, 'loket.sqlite')
    const before = openDatabase({ file, migrationsFolder: migrationsUpTo('0001_sync_rejects') })
    before.sqlite
      .prepare(
        `insert into visitors (id, updated_at, hlc, origin_desk, full_name) values ('v1', 1, '0000000000001-0000-d', 'd', 'Ani')`,
      )
      .run()
    before.sqlite
      .prepare(
        `insert into outbox (seq, change_id, table_name, row_id, op, hlc, data, created_at) values (1, 'c1', 'visitors', 'v1', 'upsert', '0000000000001-0000-d', '{}', 1)`,
      )
      .run()
    before.close()

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(after.backupFile).not.toBeNull()
    expect(after.sqlite.prepare('select full_name from visitors').all()).toEqual([{ full_name: 'Ani' }])
    expect(after.sqlite.prepare('select seq, change_id from outbox').all()).toEqual([
      { seq: 1, change_id: 'c1' },
    ])
    expect(after.sqlite.prepare('select count(*) as n from sync_rejects').get()).toEqual({ n: 0 })
    after.close()
  })
})
