import { v7 as uuidv7 } from 'uuid'
import { auditLog } from '../../db/schema'
import type { Db } from '../db'
import { recordChange } from '../sync/outbox'
import { nextStamp } from '../sync/stamp'

export interface AuditEntry {
  userId: string | null
  action: string
  /** `ok`, or the error code the action ended with. */
  outcome: string
  detail?: Record<string, unknown>
}

/** Appends an audit entry (who, when, which desk) and its outbox change, in one transaction. */
export function writeAudit(db: Db, entry: AuditEntry, now: number): void {
  db.transaction((tx) => {
    const stamp = nextStamp(tx, now)
    const row = {
      id: uuidv7(),
      hlc: stamp.hlc,
      originDesk: stamp.originDesk,
      at: now,
      userId: entry.userId,
      deskId: stamp.originDesk,
      action: entry.action,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
    }
    tx.insert(auditLog).values(row).run()
    recordChange(tx, { table: auditLog, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now)
  })
}
