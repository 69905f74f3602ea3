import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const MIGRATIONS = resolve(import.meta.dirname, '../../../../db/migrations')

/**
 * The app's migrations as they were before `tag` (Signal's habit: a database at the version before,
 * with data, migrated by this app), copied into `dir/before`.
 */
export function migrationsBefore(dir: string, tag: string): string {
  const folder = join(dir, 'before')
  cpSync(MIGRATIONS, folder, { recursive: true })
  const file = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string }[] }
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  )
  writeFileSync(file, JSON.stringify(journal))
  return folder
}
