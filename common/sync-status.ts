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
  /** Enrolled over plain http across the network, by an administrator's choice: shown as a warning. */
  insecure: z.boolean(),
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

/** True for an address on this very machine (127.0.0.0/8, ::1, localhost): nothing crosses a network. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * Enrolling a desk. The desk token and, later, administrators' passwords travel to this address,
 * so it must be `https://` — or `http://` on this machine, or on the office's own network when an
 * administrator deliberately chooses "LAN without TLS" (`insecureLan`), which the desk then keeps
 * showing as a warning (issue 7, fault 8).
 */
export const EnrollInput = z
  .object({
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
    insecureLan: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    let url: URL
    try {
      url = new URL(input.serverUrl)
    } catch {
      return
    }
    if (url.protocol === 'http:' && !isLoopbackUrl(url) && !input.insecureLan) {
      ctx.addIssue({ code: 'custom', path: ['serverUrl'], message: 'server_url_insecure' })
    }
  })
export type EnrollInput = z.infer<typeof EnrollInput>
