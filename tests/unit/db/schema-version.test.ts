import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DESK_SCHEMA_VERSION } from '../../../common/sync-protocol'
import { schemaVersionOf } from '../../../core/app'

describe('desk schema version', () => {
  it('is the number of desk migrations, so the server and the desk agree on it', () => {
    expect(DESK_SCHEMA_VERSION).toBe(schemaVersionOf(resolve(import.meta.dirname, '../../../db/migrations')))
  })
})
