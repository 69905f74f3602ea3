import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrationsBefore } from './before'
import { DATABASE_FILE } from '../../../../core/app'
import { openDatabase } from '../../../../db'

const dir = mkdtempSync(join(tmpdir(), 'loket-m0003-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0003_sync_held', () => {
  it('keeps the rejects list, gives its entries an empty HLC, and adds the held list', () => {
    const file = join(dir, DATABASE_FILE)
    const before = openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0003_sync_held') })
    before.sqlite
      .prepare(
        `insert into sync_rejects (seq, change_id, table_name, row_id, data, code, message, rejected_at)
         values (7, 'c7', 'visitors', 'v1', '{"fullName":"Ani"}', 'bad_data', 'fullName: required', 1)`,
      )
      .run()
    before.close()

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(after.sqlite.prepare('select seq, code, hlc from sync_rejects').all()).toEqual([
      { seq: 7, code: 'bad_data', hlc: null },
    ])
    expect(after.sqlite.prepare('select count(*) as n from sync_held').get()).toEqual({ n: 0 })
    after.close()
  })
})
