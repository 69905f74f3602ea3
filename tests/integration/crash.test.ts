import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../db'

const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'loket-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the writer until it has reported `atLeast` commits, then kills it with SIGKILL. */
function writeThenKill(file: string, atLeast: number): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    // One process (node with tsx's loader), not the tsx CLI, which would run the writer in a grandchild the kill misses.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'tests/integration/crash-writer.ts'), file],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const reported: string[] = []
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines)
        if (line.startsWith('committed ')) reported.push(line.slice('committed '.length))
      if (reported.length >= atLeast && child.exitCode === null) child.kill('SIGKILL')
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
