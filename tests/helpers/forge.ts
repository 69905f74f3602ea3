import { join } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { formatHlc } from '../../common/hlc'
import { DATABASE_FILE } from '../../core/app'
import { openDatabase } from '../../db'
import type { TempCore } from './temp-core'
import { MIGRATIONS } from './temp-core'

/**
 * What a tamperer with a desk's files can do: a change written straight into the desk's outbox
 * with its next seq and its own stamp, for its token to push. The server must refuse what the desk
 * may not write (server/sync/admit.ts).
 */
export function forge(desk: TempCore, table: string, rowId: string, data: Record<string, unknown>): void {
  const opened = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const meta = (key: string) =>
      opened.sqlite.prepare(`select value from local_meta where key = ?`).pluck().get(key) as
        string | undefined
    const deskId = meta('desk_id') ?? ''
    const seq = Number(meta('outbox_seq') ?? '0') + 1
    const hlc = formatHlc({ millis: Date.now(), counter: seq }, deskId)
    opened.sqlite
      .prepare(
        `insert into outbox (seq, change_id, table_name, row_id, op, hlc, data, created_at)
         values (?, ?, ?, ?, 'upsert', ?, ?, ?)`,
      )
      .run(seq, uuidv7(), table, rowId, hlc, JSON.stringify({ ...data, hlc }), Date.now())
    opened.sqlite
      .prepare(
        `insert into local_meta (key, value) values ('outbox_seq', ?) on conflict(key) do update set value = excluded.value`,
      )
      .run(String(seq))
  } finally {
    opened.close()
  }
}
