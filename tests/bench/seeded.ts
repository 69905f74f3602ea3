import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DATABASE_FILE, createCore } from '../../core/app'
import { SETUP } from '../helpers/temp-core'

const root = resolve(import.meta.dirname, '../..')
export const MIGRATIONS = join(root, 'db', 'migrations')
export const RESOURCES = join(root, 'resources')
const cacheDir = join(root, '.tmp', 'bench')

/**
 * A benchmark's desk: a desk set up through its contract, then filled by `seed` straight into its
 * SQLite file, kept in .tmp/bench/<name>.sqlite and reused (BENCH_RESEED=1 makes it again), and
 * copied into a fresh data folder each run so a run never changes the kept file. Gives the folder.
 */
export async function seededDesk(name: string, seed: (file: string) => void): Promise<string> {
  mkdirSync(cacheDir, { recursive: true })
  const kept = join(cacheDir, `${name}.sqlite`)
  if (process.env.BENCH_RESEED || !existsSync(kept)) {
    const dir = mkdtempSync(join(tmpdir(), 'loket-bench-seed-'))
    const core = createCore({
      dataDir: dir,
      migrationsFolder: MIGRATIONS,
      resourcesFolder: RESOURCES,
      appVersion: 'bench',
    })
    await core.dispatch({ clientKey: 'seed' }, 'setup.run', SETUP)
    core.close()
    seed(join(dir, DATABASE_FILE))
    renameSync(join(dir, DATABASE_FILE), kept)
    rmSync(dir, { recursive: true, force: true })
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-bench-desk-'))
  copyFileSync(kept, join(dataDir, DATABASE_FILE))
  return dataDir
}

/** The value at percentile `p` (0–100) of samples sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
