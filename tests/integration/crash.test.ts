import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../db'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'loket-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs a writer until it has reported `atLeast` commits, then kills it with SIGKILL, `jitterMs` at
 * most later (a random moment, so kills land anywhere inside a write, not only between two).
 */
function writeThenKill(
  target: string,
  atLeast: number,
  writer = 'crash-writer.ts',
  jitterMs = 0,
): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    // One process (node with tsx's loader), not the tsx CLI, which would run the writer in a grandchild the kill misses.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'tests/integration', writer), target],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const reported: string[] = []
    let buffer = ''
    let stderr = ''
    let killing = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines)
        if (line.startsWith('committed ')) reported.push(line.slice('committed '.length))
      if (reported.length >= atLeast && child.exitCode === null && !killing) {
        killing = true
        setTimeout(() => child.kill('SIGKILL'), Math.random() * jitterMs)
      }
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(reported)
      else reject(new Error(`writer exited on its own (${String(_code)}): ${stderr}`))
    })
  })
}

describe('a desk killed mid-write', () => {
  it('keeps every write it reported committed, across repeated SIGKILLs', async () => {
    const file = join(dir, 'loket.sqlite')
    const seen: string[] = []
    for (let round = 0; round < 3; round++) {
      seen.push(...(await writeThenKill(file, 300 + round * 100)))
      const reopened = openDatabase({ file, migrationsFolder: join(root, 'db/migrations') })
      try {
        expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
        const stored = new Set(
          (
            reopened.sqlite.prepare(`select id from audit_log where action = 'crash.write'`).all() as {
              id: string
            }[]
          ).map((row) => row.id),
        )
        const lost = seen.filter((id) => !stored.has(id))
        expect(lost).toEqual([])
      } finally {
        reopened.close()
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(900)
  })
})

describe('commands killed mid-write', () => {
  it('commits each command with its outbox entry and its audit entry, or none of them', async () => {
    const dataDir = join(dir, 'desk')
    mkdirSync(dataDir)
    const seen: string[] = []
    // Many short rounds: each kill is one chance to land between a change and its audit entry.
    for (let round = 0; round < 20; round++) {
      seen.push(...(await writeThenKill(dataDir, 10, 'crash-commands.ts', 15)))
      const reopened = openDatabase({
        file: join(dataDir, 'loket.sqlite'),
        migrationsFolder: join(root, 'db/migrations'),
      })
      try {
        // Every visitor in the file, reported or not (a commit may land just before the kill).
        const visitors = reopened.sqlite.prepare(`select id from visitors`).pluck().all() as string[]
        const audited = new Set(
          reopened.sqlite
            .prepare(
              `select json_extract(detail, '$.visitorId') from audit_log
               where action = 'visitors.register' and outcome = 'ok'`,
            )
            .pluck()
            .all() as string[],
        )
        const queued = new Set(
          reopened.sqlite
            .prepare(`select row_id from outbox where table_name = 'visitors'`)
            .pluck()
            .all() as string[],
        )
        expect(visitors.filter((id) => !audited.has(id))).toEqual([])
        expect(visitors.filter((id) => !queued.has(id))).toEqual([])
        // And no audit entry speaks of a registration that did not commit.
        expect([...audited].filter((id) => !visitors.includes(id))).toEqual([])
        expect(seen.filter((id) => !visitors.includes(id))).toEqual([])
      } finally {
        reopened.close()
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(200)
    // Twenty processes each start a core and sign in (scrypt) before they write: ~1.5 s a round on
    // a quiet machine, more while the other suites run beside it. The limit only stops a hang.
  }, 180_000)
})
