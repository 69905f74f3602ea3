import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, migrationsBefore } from './before'
import { DATABASE_FILE, createCore } from '../../../../core/app'
import { openDatabase } from '../../../../db'
import { RESOURCES, SETUP } from '../../../helpers/temp-core'

const dir = mkdtempSync(join(tmpdir(), 'loket-m0002-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0002_visits_queue_calendar', () => {
  it('keeps visitors and visits of the old shape, adds the calendar and the search index, and indexes old visitors', async () => {
    const file = join(dir, DATABASE_FILE)
    const before = openDatabase({
      file,
      migrationsFolder: migrationsBefore(dir, '0002_visits_queue_calendar'),
    })
    const hlc = '0000000000001-0000-d'
    before.sqlite
      .prepare(
        `insert into visitors (id, updated_at, hlc, origin_desk, full_name, nik) values ('v1', 1, '${hlc}', 'd', 'Tjahjo Koesoemo', '3201010101900001')`,
      )
      .run()
    before.sqlite
      .prepare(
        `insert into visits (id, updated_at, hlc, origin_desk, visitor_id, visit_number, purpose, desk_id, status, arrived_at)
         values ('x1', 1, '${hlc}', 'd', 'v1', 'LK1-20261120-0001', 'information', 'd', 'done', 1)`,
      )
      .run()
    before.close()

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS })
    expect(after.backupFile).not.toBeNull()
    expect(
      after.sqlite.prepare('select channel, procedure_id, office_day, recorded_at from visits').get(),
    ).toEqual({ channel: 'walk_in', procedure_id: null, office_day: null, recorded_at: null })
    for (const table of ['holidays', 'day_counters', 'visitor_search_keys', 'visitor_fts']) {
      expect(after.sqlite.prepare(`select count(*) as n from ${table}`).get(), table).toEqual({ n: 0 })
    }
    after.close()

    // The desk that opens it next builds the search index over the visitors it already had.
    const core = createCore({
      dataDir: dir,
      migrationsFolder: MIGRATIONS,
      resourcesFolder: RESOURCES,
      appVersion: 't',
    })
    try {
      await core.dispatch({ clientKey: 'w' }, 'setup.run', SETUP)
      await core.dispatch({ clientKey: 'w' }, 'auth.login', {
        username: SETUP.adminUsername,
        password: SETUP.adminPassword,
      })
      const found = await core.dispatch({ clientKey: 'w' }, 'visitors.search', { query: 'cahyo kusumo' })
      expect(found).toMatchObject({ ok: true, value: [{ id: 'v1', match: 'variant' }] })
    } finally {
      core.close()
    }
  })
})
