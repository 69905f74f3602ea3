import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Channel } from '../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../common/contract'
import type { RpcError } from '../../common/errors'
import type { Role } from '../../common/roles'
import type { CoreOptions, LoketCore } from '../../core/app'
import { DATABASE_FILE, createCore } from '../../core/app'
import { hashPassword } from '../../core/auth/password'
import { insertUser } from '../../core/auth/users'
import { openDatabase } from '../../db'

export const MIGRATIONS = resolve(import.meta.dirname, '../../db/migrations')
export const RESOURCES = resolve(import.meta.dirname, '../../resources')

export interface TempCore {
  core: LoketCore
  dataDir: string
  /** A controllable clock, so lock-outs and expiries are tested without waiting. */
  clock: { now: number }
  call<C extends Channel>(channel: C, input: ChannelInput<C>, clientKey?: string): Promise<ChannelOutput<C>>
  fail(channel: Channel, input: unknown, clientKey?: string): Promise<RpcError>
  reopen(): TempCore
  dispose(): void
}

/** A real core on a real temporary SQLite file, as the desk runs it. */
export function tempCore(
  dataDir = mkdtempSync(join(tmpdir(), 'loket-core-')),
  clock = { now: Date.UTC(2026, 10, 23, 2) },
  /** More of the core's options: the way sync reaches the server, for one. */
  more: Pick<CoreOptions, 'fetch' | 'spooler' | 'logError'> = {},
): TempCore {
  const options: CoreOptions = {
    dataDir,
    migrationsFolder: MIGRATIONS,
    resourcesFolder: RESOURCES,
    appVersion: '0.0.0-test',
    now: () => clock.now,
    logError: (error) => {
      throw error
    },
    ...more,
  }
  const core = createCore(options)
  const self: TempCore = {
    core,
    dataDir,
    clock,
    async call(channel, input, clientKey = 'test-client') {
      const result = await core.dispatch({ clientKey }, channel, input)
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
      return result.value as ChannelOutput<typeof channel>
    },
    async fail(channel, input, clientKey = 'test-client') {
      const result = await core.dispatch({ clientKey }, channel, input)
      if (result.ok) throw new Error(`${channel} unexpectedly succeeded`)
      return result.error
    },
    reopen() {
      core.close()
      return tempCore(dataDir, clock, more)
    },
    dispose() {
      core.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return self
}

export const SETUP = {
  officeName: 'Kantor Pelayanan Publik Kota Contoh',
  officeAddress: 'Jl. Merdeka No. 1, Contoh',
  timeZone: 'Asia/Jakarta',
  deskCode: 'LK1',
  adminFullName: 'Siti Rahmawati',
  adminUsername: 'siti',
  adminPassword: 'rahasia-kuat-1',
} as const satisfies ChannelInput<'setup.run'>

/**
 * Adds a user of a role straight into a desk's database (as central user management will), so
 * role rules can be tested through the contract; signs them in under their own client key.
 */
export async function addUser(desk: TempCore, role: Role, username: string = role): Promise<string> {
  const opened = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const passwordHash = await hashPassword(`${username}-password`)
    opened.db.transaction((tx) =>
      insertUser(tx, { username, fullName: `User ${username}`, role, passwordHash }, desk.clock.now),
    )
  } finally {
    opened.close()
  }
  const clientKey = `client-${username}`
  await desk.call('auth.login', { username, password: `${username}-password` }, clientKey)
  return clientKey
}

export { visitorInput } from './visitor-input'
