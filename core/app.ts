import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../db'
import { SessionStore } from './auth/sessions'
import { SurveyKiosk } from './skm/kiosk'
import type { CoreContext } from './context'
import type { Dispatch } from './dispatcher'
import { createDispatcher } from './dispatcher'
import { CoreEvents } from './events/hub'
import { handlers } from './handlers'
import { seedShippedYears } from './calendar/holidays'
import { ProcedureCatalog } from './procedures/catalog'
import { SyncController } from './sync/controller'
import { DocumentEngine } from './documents/engine'
import { PrintQueue } from './printing/queue'
import type { Spooler } from './printing/spooler'
import { systemSpooler } from './printing/system'
import { ensureSearchIndex } from './visitors/search-index'
import type { SecretBox } from './sync/credentials'
import type { Fetch } from './sync/transport'

export interface CoreOptions {
  /** Folder of this desk's data; the database is `loket.sqlite` in it. */
  dataDir: string
  migrationsFolder: string
  /** resources/ (built-in procedures, holiday calendars); see electron/main/paths.ts. */
  resourcesFolder: string
  /** better-sqlite3 build to load (Electron has its own); default: the one in node_modules. */
  nativeBinding?: string
  appVersion: string
  now?: () => number
  logError?: (error: unknown, where: string) => void
  /** How sync reaches the central server (default: global fetch). */
  fetch?: Fetch
  /** Seals the desk token at rest (Electron: safeStorage). */
  secrets?: SecretBox
  /** The OS spooler; default: CUPS, or SumatraPDF and PowerShell on Windows (core/printing/system.ts). */
  spooler?: Spooler
}

/** The whole application behind the contract, independent of its host (Electron, web host, tests). */
export interface LoketCore {
  dispatch: Dispatch
  /** Sync with the central server: the host starts it and tells it when the network returns. */
  sync: Pick<SyncController, 'start' | 'stop' | 'online'>
  /** What changed, for the host to pass to its windows (IPC events, the web host's stream). */
  events: Pick<CoreEvents, 'subscribe'>
  /** Forgets a client's session (its window closed). */
  endClient(clientKey: string): void
  close(): void
}

export const DATABASE_FILE = 'loket.sqlite'

/** The schema version a desk announces when syncing: the number of migrations it knows. */
export function schemaVersionOf(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[]
  }
  return journal.entries.length
}

/** Opens (and if needed migrates) the desk's database; throws DatabaseOpenError when it must not start. */
export function createCore(options: CoreOptions): LoketCore {
  // Shipped data that does not validate stops the start here, before the database or any window opens.
  const procedures = ProcedureCatalog.load(join(options.resourcesFolder, 'procedures'))
  const opened = openDatabase({
    file: join(options.dataDir, DATABASE_FILE),
    migrationsFolder: options.migrationsFolder,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  const now = options.now ?? Date.now
  try {
    ensureSearchIndex(opened.db)
    seedShippedYears(opened.db, options.resourcesFolder, now())
  } catch (error) {
    opened.close()
    throw error
  }
  const logError = options.logError ?? ((error, where) => console.error(`[loket] ${where}:`, error))
  const events = new CoreEvents(logError)
  const spooler = options.spooler ?? systemSpooler(options.resourcesFolder)
  const sync = new SyncController(
    opened.db,
    { fetch: options.fetch ?? fetch, now, ...(options.secrets ? { secrets: options.secrets } : {}) },
    undefined,
    events,
  )
  const ctx: CoreContext = {
    db: opened.db,
    sessions: new SessionStore(),
    now,
    appVersion: options.appVersion,
    schemaVersion: schemaVersionOf(options.migrationsFolder),
    sync,
    events,
    procedures,
    resourcesFolder: options.resourcesFolder,
    documents: new DocumentEngine(join(options.resourcesFolder, 'fonts')),
    printing: {
      spooler,
      reportError: logError,
      queue: new PrintQueue(opened.db, {
        spooler,
        events,
        now,
        logError,
        spoolFolder: join(options.dataDir, 'spool'),
      }),
    },
    kiosk: new SurveyKiosk(),
  }
  ctx.printing.queue.start()
  const dispatch = createDispatcher(ctx, handlers, { logError })
  let closed = false
  return {
    dispatch,
    sync,
    events,
    endClient: (clientKey) => {
      ctx.sessions.end(clientKey)
      ctx.kiosk.clientEnded(clientKey)
    },
    close: () => {
      if (closed) return
      closed = true
      sync.stop()
      ctx.printing.queue.stop()
      opened.close()
    },
  }
}
