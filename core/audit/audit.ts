import { v7 as uuidv7 } from 'uuid'
import { auditLog } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow } from '../sync/write'

export interface AuditEntry {
  userId: string | null
  action: string
  /** `ok`, or the error code the action ended with. */
  outcome: string
  detail?: Record<string, unknown>
}

/**
 * Appends an audit entry (who, when, which desk) and its outbox change, in the caller's
 * transaction: for a command that writes, the transaction of its writes (CallInfo.write).
 */
export function writeAudit(db: Db, entry: AuditEntry, now: number): void {
  const stamp = nextStamp(db, now)
  appendSyncedRow(
    db,
    auditLog,
    {
      id: uuidv7(),
      hlc: stamp.hlc,
      originDesk: stamp.originDesk,
      at: now,
      userId: entry.userId,
      deskId: stamp.originDesk,
      action: entry.action,
      outcome: entry.outcome,
      detail: entry.detail ?? null,
    },
    now,
  )
}
