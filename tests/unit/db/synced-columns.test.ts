import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db'

/**
 * Synced tables only ever gain columns: desks on an older version keep sending rows of the old
 * shape (ARCHITECTURE.md). This compares the migrated schema with the committed snapshot; a new
 * column is fine (add it to the snapshot), a removed, renamed or retyped one fails.
 */
const SNAPSHOT = resolve(import.meta.dirname, 'synced-columns.snapshot.json')
type Snapshot = Record<string, Record<string, string>>

function syncedColumns(): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'loket-snap-'))
  const opened = openDatabase({
    file: join(dir, 'loket.sqlite'),
    migrationsFolder: resolve(import.meta.dirname, '../../../db/migrations'),
  })
  try {
    const tables = opened.sqlite
      .prepare(`select name from sqlite_master where type = 'table' order by name`)
      .all() as { name: string }[]
    const result: Snapshot = {}
    for (const { name } of tables) {
      const columns = opened.sqlite.pragma(`table_info('${name}')`) as { name: string; type: string }[]
      const names = columns.map((c) => c.name)
      if (!names.includes('hlc') || !names.includes('origin_desk')) continue
      result[name] = Object.fromEntries(columns.map((c) => [c.name, c.type]))
    }
    return result
  } finally {
    opened.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('synced tables', () => {
  it('keep every column of the committed snapshot, with the same type', () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot
    const actual = syncedColumns()
    const broken: string[] = []
    for (const [table, columns] of Object.entries(snapshot)) {
      for (const [column, type] of Object.entries(columns)) {
        const now = actual[table]?.[column]
        if (now !== type) broken.push(`${table}.${column}: was ${type}, now ${now ?? 'missing'}`)
      }
    }
    expect(
      broken,
      'a synced column was removed, renamed or retyped; old desks would send rows this schema cannot take',
    ).toEqual([])
  })

  it('are all in the snapshot (new synced tables and columns are added to it deliberately)', () => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot
    const actual = syncedColumns()
    const added = Object.entries(actual).flatMap(([table, columns]) =>
      Object.keys(columns)
        .filter((column) => snapshot[table]?.[column] === undefined)
        .map((column) => `${table}.${column}`),
    )
    expect(added, 'add these to tests/unit/db/synced-columns.snapshot.json').toEqual([])
  })
})
