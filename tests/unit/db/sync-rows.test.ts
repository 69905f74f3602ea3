import { getTableColumns } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ZodObject } from 'zod'
import { SYNCED_TABLES } from '../../../common/sync-protocol'
import { SYNC_ROWS } from '../../../common/sync-rows'
import { SYNC_TABLES } from '../../../core/sync/tables'

/**
 * The rows the server and the desks check (common/sync-rows.ts) are the desk's tables
 * (db/schema.ts): the same columns, and a column required exactly when an insert needs it.
 */
describe('synced row shapes', () => {
  it.each(SYNCED_TABLES)(
    '%s has the columns of the desk table, required when an insert needs them',
    (table) => {
      const columns = getTableColumns(SYNC_TABLES[table])
      const schema = SYNC_ROWS[table] as ZodObject
      expect(Object.keys(schema.shape).sort()).toEqual(Object.keys(columns).sort())
      const syncColumns = new Set(['id', 'updatedAt', 'hlc', 'deletedAt', 'originDesk'])
      for (const [name, column] of Object.entries(columns)) {
        if (syncColumns.has(name)) continue
        const needed = column.notNull && !column.hasDefault
        const field = schema.shape[name]
        expect(field?.safeParse(undefined).success, `${table}.${name} required: ${needed}`).toBe(!needed)
      }
    },
  )
})
