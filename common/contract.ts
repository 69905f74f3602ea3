import { z } from 'zod'
import type { Channel } from './channels'
import { LoginInput, SessionUser } from './auth'
import type { Role } from './roles'
import { SettingsUpdate, SettingsView, OfficeTimeZone } from './settings'
import { SetupInput } from './setup'
import { EnrollInput, SyncReject, SyncStatus } from './sync-status'

/**
 * Who may call a channel. `public` needs no session (first run, login); `authenticated` needs any
 * signed-in user; a list names the roles allowed. The dispatcher enforces this in the core.
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

export interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
  access: Access
  /** Commands change state and leave an audit entry (also when refused); queries do not. */
  kind: 'query' | 'command'
}

const define = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDefinition<I, O>) => def

const NoInput = z.object({}).strict()

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  needsSetup: z.boolean(),
  officeName: z.string().nullable(),
  deskCode: z.string().nullable(),
  timeZone: OfficeTimeZone.nullable(),
})
export type AppInfo = z.infer<typeof AppInfo>

export const contract = {
  'app.info': define({ input: NoInput, output: AppInfo, access: 'public', kind: 'query' }),
  'setup.run': define({
    input: SetupInput,
    output: z.object({ username: z.string() }),
    access: 'public',
    kind: 'command',
  }),
  'auth.login': define({ input: LoginInput, output: SessionUser, access: 'public', kind: 'command' }),
  'auth.logout': define({ input: NoInput, output: z.null(), access: 'authenticated', kind: 'command' }),
  'auth.session': define({ input: NoInput, output: SessionUser.nullable(), access: 'public', kind: 'query' }),
  'settings.get': define({ input: NoInput, output: SettingsView, access: 'authenticated', kind: 'query' }),
  'settings.update': define({
    input: SettingsUpdate,
    output: SettingsView,
    access: ['admin'],
    kind: 'command',
  }),
  'sync.enroll': define({
    input: EnrollInput,
    output: z.object({ officeId: z.string() }),
    access: 'public',
    kind: 'command',
  }),
  'sync.status': define({ input: NoInput, output: SyncStatus, access: 'authenticated', kind: 'query' }),
  'sync.now': define({ input: NoInput, output: SyncStatus, access: 'authenticated', kind: 'command' }),
  'sync.rejects': define({ input: NoInput, output: z.array(SyncReject), access: ['admin'], kind: 'query' }),
} satisfies { [C in Channel]: ChannelDefinition<z.ZodType, z.ZodType> }

export type Contract = typeof contract
/** What a caller passes (before zod's defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives (after validation and transforms). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
