import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrationsBefore } from './before'
import { openDatabase } from '../../../../db'

const dir = mkdtempSync(join(tmpdir(), 'loket-m0001-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0001_sync_rejects', () => {
  it('adds the local rejects table and keeps the outbox and rows as they were', () => {
    const file = join(dir, 'loket.sqlite')
    const before = openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0001_sync_rejects') })
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
