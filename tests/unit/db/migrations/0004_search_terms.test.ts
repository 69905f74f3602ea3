import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrationsBefore } from './before'
import { DATABASE_FILE } from '../../../../core/app'
import { ensureSearchIndex } from '../../../../core/visitors/search-index'
import { openDatabase } from '../../../../db'

const dir = mkdtempSync(join(tmpdir(), 'loket-m0004-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0004_search_terms', () => {
  it('adds the list of name terms, which the index rebuilt at start fills from the visitors on file', () => {
    const file = join(dir, DATABASE_FILE)
    const before = openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0004_search_terms') })
    before.sqlite
      .prepare(
        `insert into visitors (id, updated_at, hlc, origin_desk, full_name, consent_at)
         values ('v1', 1, '0000000000001-0000-d1', 'd1', 'Nurhayati Lubis', 1)`,
      )
      .run()
    before.sqlite.prepare(`insert into local_meta (key, value) values ('search_index_version', '2')`).run()
    before.close()

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS })
    try {
      expect(after.sqlite.prepare('select count(*) as n from visitor_search_terms').get()).toEqual({ n: 0 })
      expect(ensureSearchIndex(after.db)).toBe(true)
      const terms = after.sqlite.prepare('select term from visitor_search_terms').pluck().all()
      expect(terms).toEqual(
        expect.arrayContaining(['nurhayati', 'lubis', '1nurhayati', '1nur', '0nurhayatilubis']),
      )
      expect(terms.every((t) => !/^\d{5,}$/.test(String(t)))).toBe(true)
    } finally {
      after.close()
    }
  })
})
