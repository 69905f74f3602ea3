import type { SyncedTable } from '../../common/sync-protocol'
import { DESK_SCHEMA_VERSION, EnrollResponse } from '../../common/sync-protocol'
import type { LoketDb } from '../../db'
import { readMeta, writeMeta } from '../meta/local-meta'
import { rememberOwnDesk } from '../settings/repository'
import { SyncRetry, SyncStop } from './errors'
import { retryHeld } from './held'
import { pullChanges } from './pull'
import { requeueClockRejects } from './requeue'
import type { SyncTarget } from './push'
import { pushOutbox } from './push'
import type { SecretBox } from './credentials'
import { openToken, sealToken } from './credentials'
import type { Fetch } from './transport'
import { callServer } from './transport'

/** What a sync round needs from its host. */
export interface SyncDeps {
  fetch: Fetch
  now: () => number
  secrets?: SecretBox
}

export function syncTarget(db: LoketDb, secrets?: SecretBox): SyncTarget | null {
  const serverUrl = readMeta(db, 'sync_server_url')
  const stored = readMeta(db, 'sync_token')
  const deskId = readMeta(db, 'desk_id')
  const token = stored ? openToken(stored, secrets) : null
  return serverUrl && token && deskId ? { serverUrl, token, deskId } : null
}

interface Blocked {
  reason: SyncStop['reason']
  schemaVersion: number
}

/** Lets the user retry after a stop (e.g. the administrator re-enabled the desk). */
export function clearSyncStop(db: LoketDb): void {
  writeMeta(db, 'sync_blocked', '')
}

/** A stop recorded earlier; an upgrade stop lifts itself once this build speaks a newer schema. */
export function blocked(db: LoketDb): Blocked | null {
  const stored = readMeta(db, 'sync_blocked')
  // Empty once cleared: the administrator asked to try again.
  if (!stored) return null
  const value = JSON.parse(stored) as Blocked
  if (value.reason === 'upgrade_required' && value.schemaVersion !== DESK_SCHEMA_VERSION) return null
  return value
}

export interface SyncOutcome {
  pushed: number
  pulled: number
  /** Tables that changes from the server changed here (what the desk's windows must show anew). */
  changed: SyncedTable[]
}

/** One full round: the outbox up, then the office's changes down. Stops are remembered. */
export async function syncOnce(db: LoketDb, deps: SyncDeps): Promise<SyncOutcome> {
  const { fetch: fetchImpl, now } = deps
  const stop = blocked(db)
  if (stop) throw new SyncStop(stop.reason, 'sync stopped earlier')
  const target = syncTarget(db, deps.secrets)
  if (!target) throw new SyncStop('not_enrolled', 'this desk is not enrolled with a central server')
  try {
    requeueClockRejects(db, now())
    const pushed = await pushOutbox(db, target, fetchImpl, now)
    const pulled = await pullChanges(db, target, fetchImpl, now)
    const landed = retryHeld(db, now())
    // The pull measured the server's clock: changes refused for this PC's clock may go up now.
    if (requeueClockRejects(db, now()) > 0) await pushOutbox(db, target, fetchImpl, now)
    writeMeta(db, 'sync_last_success_at', String(now()))
    return { pushed, pulled: pulled.count, changed: [...new Set([...pulled.tables, ...landed])] }
  } catch (error) {
    if (error instanceof SyncStop && error.reason !== 'not_enrolled') {
      writeMeta(
        db,
        'sync_blocked',
        JSON.stringify({ reason: error.reason, schemaVersion: DESK_SCHEMA_VERSION }),
      )
    }
    if (error instanceof SyncStop || error instanceof SyncRetry) throw error
    // Network failures, timeouts and malformed answers pass: retry later.
    throw new SyncRetry(error instanceof Error ? error.message : String(error))
  }
}

export interface Enrolment {
  serverUrl: string
  code: string
  deskName: string
  deskCode: string
}

/**
 * Joins a desk that has not been set up to an office on the central server: the server gives its
 * identity and token; the office's settings and users then arrive by pull.
 */
export async function enrollWithServer(db: LoketDb, enrolment: Enrolment, deps: SyncDeps) {
  const { fetch: fetchImpl, now } = deps
  if (readMeta(db, 'desk_id')) throw new Error('this desk already has an identity')
  const answer = await callServer(fetchImpl, enrolment.serverUrl, '/desks/enroll', {
    method: 'POST',
    body: { code: enrolment.code, deskName: enrolment.deskName, deskCode: enrolment.deskCode },
  })
  if (answer.status !== 200) return { ok: false as const, status: answer.status }
  const identity = EnrollResponse.parse(answer.body)
  db.transaction(
    (tx) => {
      writeMeta(tx, 'desk_id', identity.deskId)
      writeMeta(tx, 'office_id', identity.officeId)
      writeMeta(tx, 'sync_server_url', enrolment.serverUrl)
      writeMeta(tx, 'sync_token', sealToken(identity.token, deps.secrets))
      writeMeta(tx, 'sync_cursor', '0')
      if (identity.queueBlock !== null) writeMeta(tx, 'queue_block', String(identity.queueBlock))
      rememberOwnDesk(
        tx,
        { officeId: identity.officeId, code: enrolment.deskCode, name: enrolment.deskName },
        now(),
      )
    },
    { behavior: 'immediate' },
  )
  return { ok: true as const, deskId: identity.deskId, officeId: identity.officeId }
}
