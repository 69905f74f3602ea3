import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore } from '../../core/app'
import { percentile } from './seeded'

/**
 * `npm run bench`: figures, never assertions. Measures the dispatcher's overhead on a query and
 * the cost of a durable command (a settings change: row + outbox entry + audit entry, each
 * committed with synchronous=FULL) on a real SQLite file.
 */

function report(name: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b)
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`
  console.log(
    `${name.padEnd(34)} n=${sorted.length}  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  max ${fmt(sorted.at(-1) ?? Number.NaN)}`,
  )
}

async function time(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    await fn(i)
    samples.push(performance.now() - start)
  }
  return samples
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-bench-'))
  const core = createCore({
    dataDir,
    migrationsFolder: resolve(import.meta.dirname, '../../db/migrations'),
    resourcesFolder: resolve(import.meta.dirname, '../../resources'),
    appVersion: 'bench',
  })
  const client = { clientKey: 'bench' }
  try {
    await core.dispatch(client, 'setup.run', {
      officeName: 'Kantor Bench',
      officeAddress: '',
      timeZone: 'Asia/Jakarta',
      deskCode: 'LK1',
      adminFullName: 'Admin Bench',
      adminUsername: 'admin',
      adminPassword: 'bench-password',
    })
    report(
      'auth.login (scrypt)',
      await time(10, () =>
        core.dispatch(client, 'auth.login', { username: 'admin', password: 'bench-password' }),
      ),
    )
    report('app.info (query)', await time(2000, () => core.dispatch(client, 'app.info', {})))
    report('settings.get (query, session)', await time(2000, () => core.dispatch(client, 'settings.get', {})))
    report(
      'settings.update (durable command)',
      await time(500, (i) => core.dispatch(client, 'settings.update', { officeAddress: `Jl. Bench ${i}` })),
    )
  } finally {
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
