import type { RunResult } from 'better-sqlite3'
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import type * as schema from '../db/schema'

/** A drizzle handle or a transaction on it: what repositories write through. */
export type Db = BaseSQLiteDatabase<'sync', RunResult, typeof schema>
