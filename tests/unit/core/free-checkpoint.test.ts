import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../core/app'
import type { TempCore } from '../../helpers/temp-core'
import { SETUP, tempCore, visitorInput } from '../../helpers/temp-core'

let desk: TempCore
afterEach(() => desk?.dispose())

/** Lets the event loop take its next turn, as it does between two messages from the UI. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const walBytes = () => statSync(join(desk.dataDir, `${DATABASE_FILE}-wal`)).size

const NAMES = ['Ani', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko']

async function register(n: number, from: number, between: () => Promise<void>) {
  for (let i = from; i < from + n; i++) {
    const name = `Pengunjung ${NAMES[i % NAMES.length]} ${NAMES[Math.floor(i / NAMES.length) % NAMES.length]}`
    await desk.call('visitors.register', visitorInput({ fullName: name, nik: `320101450190${1000 + i}` }))
    await between()
  }
}

/** A set-up desk, signed in, after five registrations each in its own turn: the WAL's size then. */
async function signedInAfterFive(): Promise<number> {
  desk = tempCore()
  await desk.call('setup.run', SETUP)
  await desk.call('auth.login', { username: SETUP.adminUsername, password: SETUP.adminPassword })
  await register(5, 0, nextTurn)
  return walBytes()
}

describe('the WAL between commands (core/free-checkpoint.ts)', () => {
  it('stays as long as one command when each command is its own turn, as from the UI', async () => {
    const afterFive = await signedInAfterFive()
    await register(60, 5, nextTurn)
    // Each commit rewrote frames the file already held: it never had to grow.
    expect(walBytes()).toBe(afterFive)
  })

  it('grows while commands come back to back with no turn between them (the bound then checkpoints)', async () => {
    const afterFive = await signedInAfterFive()
    await register(60, 5, async () => {})
    expect(walBytes()).toBeGreaterThan(afterFive * 4)
  })
})
