import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Channel } from '../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../common/contract'
import type { RpcError } from '../../common/errors'
import type { CoreOptions, LoketCore } from '../../core/app'
import { createCore } from '../../core/app'

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
      return tempCore(dataDir, clock)
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
