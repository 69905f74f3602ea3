import { join } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import { formatHlc } from '../../common/hlc'
import { DATABASE_FILE } from '../../core/app'
import { openDatabase } from '../../db'
import type { TempCore } from './temp-core'
import { MIGRATIONS } from './temp-core'

/** One change as a tamperer writes it. */
export interface ForgedChange {
  table: string
  rowId: string
  data: Record<string, unknown>
}

/**
 * What a tamperer with a counter PC's files can do: write changes straight into the desk's outbox,
 * with the desk's next seqs and its own stamps, so the desk's own token pushes them. The server must
 * refuse what the desk may not write (server/sync/admit.ts).
 */
export function forgeOutbox(desk: TempCore, entries: readonly ForgedChange[]): void {
  const opened = openDatabase({ file: join(desk.dataDir, DATABASE_FILE), migrationsFolder: MIGRATIONS })
  try {
    const meta = (key: string) =>
      opened.sqlite.prepare(`select value from local_meta where key = ?`).pluck().get(key) as
        string | undefined
    const deskId = meta('desk_id') ?? ''
    let seq = Number(meta('outbox_seq') ?? '0')
    for (const entry of entries) {
      seq += 1
      const hlc = formatHlc({ millis: Date.now(), counter: seq }, deskId)
      opened.sqlite
        .prepare(
          `insert into outbox (seq, change_id, table_name, row_id, op, hlc, data, created_at)
           values (?, ?, ?, ?, 'upsert', ?, ?, ?)`,
        )
        .run(seq, uuidv7(), entry.table, entry.rowId, hlc, JSON.stringify({ ...entry.data, hlc }), Date.now())
    }
    opened.sqlite
      .prepare(
        `insert into local_meta (key, value) values ('outbox_seq', ?) on conflict(key) do update set value = excluded.value`,
      )
      .run(String(seq))
  } finally {
    opened.close()
  }
}

/** forgeOutbox for one change. */
export function forge(desk: TempCore, table: string, rowId: string, data: Record<string, unknown>): void {
  forgeOutbox(desk, [{ table, rowId, data }])
}
