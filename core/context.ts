import type { LoketDb } from '../db'
import type { SessionStore } from './auth/sessions'
import type { CoreEvents } from './events/hub'
import type { ProcedureCatalog } from './procedures/catalog'
import type { SyncController } from './sync/controller'

/** What every handler works with; built once by createCore. */
export interface CoreContext {
  db: LoketDb
  sessions: SessionStore
  now: () => number
  appVersion: string
  schemaVersion: number
  sync: SyncController
  /** What changed, for the host to tell its windows (TOPICS in common/channels.ts). */
  events: CoreEvents
  procedures: ProcedureCatalog
  /** resources/: built-in procedures, the shipped holiday calendars. */
  resourcesFolder: string
}
