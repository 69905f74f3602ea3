import { v7 as uuidv7 } from 'uuid'
import { auditLog } from '../../db/schema'
import type { Db } from '../db'
import { nextStamp } from '../sync/stamp'
import { appendSyncedRow } from '../sync/write'
import { chainHead, detailHashOf, entryHash } from './chain'

export interface AuditEntry {
  userId: string | null
  action: string
  /** `ok`, or the error code the action ended with. */
  outcome: string
  detail?: Record<string, unknown>
}

/**
 * Appends an audit entry (who, when, which desk) and its outbox change, in the caller's
 * transaction: for a command that writes, the transaction of its writes (CallInfo.write). The
 * entry is chained to the one before it (./chain.ts).
 */
export function writeAudit(db: Db, entry: AuditEntry, now: number): void {
  const stamp = nextStamp(db, now)
  const fields = {
    id: uuidv7(),
    at: now,
    userId: entry.userId,
    deskId: stamp.originDesk,
    action: entry.action,
    outcome: entry.outcome,
    detailHash: detailHashOf(entry.detail ?? null),
  }
  // The head is read and the entry appended in the caller's transaction, so no entry slips between.
  const prevHash = chainHead(db)
  appendSyncedRow(
    db,
    auditLog,
    {
      ...fields,
      hlc: stamp.hlc,
      originDesk: stamp.originDesk,
      detail: entry.detail ?? null,
      prevHash,
      hash: entryHash(prevHash, fields),
    },
    now,
  )
}
