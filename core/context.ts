import type { LoketDb } from '../db'
import type { SessionStore } from './auth/sessions'
import type { SurveyKiosk } from './skm/kiosk'
import type { CoreEvents } from './events/hub'
import type { ProcedureCatalog } from './procedures/catalog'
import type { SyncController } from './sync/controller'
import type { DocumentEngine } from './documents/engine'
import type { PrintQueue } from './printing/queue'
import type { Spooler } from './printing/spooler'

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
  /** resources/: built-in procedures, the shipped holiday calendars, the documents' fonts. */
  resourcesFolder: string
  /** Draws documents as PDF bytes (pdfmake, fonts from resources/fonts). */
  documents: DocumentEngine
  /** The OS spooler (CUPS or Windows) and the durable queue in front of it (issue 10). */
  printing: { spooler: Spooler; queue: PrintQueue; reportError: (error: unknown, where: string) => void }
  /** The satisfaction survey's kiosk at this desk (issue 12), in memory like the sessions. */
  kiosk: SurveyKiosk
}
