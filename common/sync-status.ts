import { z } from 'zod'
import { DeskCode } from './settings'

/** What the desk shows about sync: always online/offline, changes waiting, last success, rejects. */
export const SyncStatus = z.object({
  enrolled: z.boolean(),
  serverUrl: z.string().nullable(),
  phase: z.enum(['not_enrolled', 'idle', 'syncing', 'offline', 'stopped']),
  pending: z.number().int().nonnegative(),
  lastSuccessAt: z.number().int().nullable(),
  rejected: z.number().int().nonnegative(),
  /** Pulled changes this desk holds because it could not apply them (core/sync/held.ts). */
  held: z.number().int().nonnegative(),
  /**
   * The server's clock minus this PC's, ms, as last measured (null: never measured). Beyond
   * CLOCK_WARNING_MS either way, every screen says so (common/hlc.ts).
   */
  clockOffsetMs: z.number().int().nullable(),
  stopReason: z.enum(['revoked', 'upgrade_required', 'outbox_gap', 'not_enrolled']).nullable(),
  lastError: z.string().nullable(),
})
export type SyncStatus = z.infer<typeof SyncStatus>

/**
 * A change that did not make it: `up`, one of this desk's that the server refused (seq: the desk's);
 * `down`, one pulled from the server that this desk holds (seq: the server's cursor).
 */
export const SyncReject = z.object({
  direction: z.enum(['up', 'down']),
  seq: z.number().int(),
  tableName: z.string(),
  rowId: z.string(),
  code: z.string(),
  message: z.string(),
  rejectedAt: z.number().int(),
})
export type SyncReject = z.infer<typeof SyncReject>

export const EnrollInput = z.object({
  serverUrl: z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .refine((url) => {
      try {
        return ['http:', 'https:'].includes(new URL(url).protocol)
      } catch {
        return false
      }
    }, 'server_url_format'),
  code: z.string({ error: 'required' }).trim().min(1, 'required').max(64, 'too_long'),
  deskCode: DeskCode,
})
export type EnrollInput = z.infer<typeof EnrollInput>
