import { asc, lte } from 'drizzle-orm'
import type { ChangeRecord, PushResponse } from '../../common/sync-protocol'
import {
  DESK_SCHEMA_VERSION,
  MAX_PUSH_BYTES,
  MAX_PUSH_CHANGES,
  PushResponse as PushResponseSchema,
  SeqGap,
} from '../../common/sync-protocol'
import { outbox, syncRejects } from '../../db/schema'
import type { LoketDb } from '../../db'
import type { Fetch } from './transport'
import { callServer } from './transport'
import { noteServerTime } from './clock'
import { SyncStop, SyncRetry } from './errors'

export interface SyncTarget {
  serverUrl: string
  token: string
  deskId: string
}

/** Outbox entries from the oldest, at most `limit` and within the protocol's 2 MB per push. */
function nextBatch(db: LoketDb, limit: number): ChangeRecord[] {
  const entries = db.select().from(outbox).orderBy(asc(outbox.seq)).limit(limit).all()
  const batch: ChangeRecord[] = []
  let bytes = 0
  for (const entry of entries) {
    const record: ChangeRecord = {
      seq: entry.seq,
      id: entry.changeId,
      table: entry.tableName,
      rowId: entry.rowId,
      op: entry.op,
      hlc: entry.hlc,
      data: entry.data as Record<string, unknown>,
    }
    bytes += JSON.stringify(record).length
    if (batch.length > 0 && bytes > MAX_PUSH_BYTES - 64 * 1024) break
    batch.push(record)
  }
  return batch
}

/** Removes what the server has: entries up to ackedSeq; refused ones move to the rejects list first. */
function acknowledge(db: LoketDb, response: PushResponse, batch: ChangeRecord[], now: number): void {
  db.transaction(
    (tx) => {
      for (const rejection of response.rejected) {
        const change = batch.find((c) => c.seq === rejection.seq)
        if (!change) continue
        tx.insert(syncRejects)
          .values({
            seq: change.seq,
            changeId: change.id,
            tableName: change.table,
            rowId: change.rowId,
            hlc: change.hlc,
            data: change.data,
            code: rejection.code,
            message: rejection.message,
            rejectedAt: now,
          })
          .onConflictDoNothing()
          .run()
      }
      tx.delete(outbox).where(lte(outbox.seq, response.ackedSeq)).run()
    },
    { behavior: 'immediate' },
  )
}

/**
 * Sends the outbox in seq order until it is empty. 409 means the server already has entries up to
 * expectedSeq - 1 (an earlier answer was lost): they are dropped and sending resumes there. 413
 * halves the batch. Returns how many changes went up.
 */
export async function pushOutbox(
  db: LoketDb,
  target: SyncTarget,
  fetchImpl: Fetch,
  now: () => number,
): Promise<number> {
  let limit = MAX_PUSH_CHANGES
  let sent = 0
  for (;;) {
    const batch = nextBatch(db, limit)
    if (batch.length === 0) return sent
    const sentAt = now()
    const answer = await callServer(fetchImpl, target.serverUrl, '/sync/push', {
      method: 'POST',
      token: target.token,
      body: { deskId: target.deskId, schemaVersion: DESK_SCHEMA_VERSION, changes: batch },
    })
    if (answer.status === 200) {
      const response = PushResponseSchema.parse(answer.body)
      noteServerTime(db, response.serverTime, sentAt, now())
      acknowledge(db, response, batch, now())
      sent += batch.filter((c) => c.seq <= response.ackedSeq).length
      continue
    }
    if (answer.status === 409) {
      const { expectedSeq } = SeqGap.parse(answer.body)
      const oldest = batch[0]?.seq ?? 0
      if (expectedSeq < oldest) {
        // The server never got changes this desk no longer has (a restored backup on either side).
        throw new SyncStop(
          'outbox_gap',
          `server expects seq ${expectedSeq}, oldest outbox entry is ${oldest}`,
        )
      }
      // The server already has everything before expectedSeq: drop it here and resend from there.
      const dropped = db
        .delete(outbox)
        .where(lte(outbox.seq, expectedSeq - 1))
        .run().changes
      if (dropped === 0) throw new SyncRetry(`server refused seq ${oldest} as a gap`)
      continue
    }
    if (answer.status === 413 && limit > 1) {
      limit = Math.max(1, Math.floor(limit / 2))
      continue
    }
    throw SyncRetry.orStop(answer)
  }
}
