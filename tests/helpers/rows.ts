import type { z } from 'zod'
import type { SYNC_ROWS } from '../../common/sync-rows'

/**
 * Rows as a desk's repositories write them (common/sync-rows.ts), for tests that push changes
 * straight to a server: complete, so the server admits them, with the fields a test cares about
 * given. `deskId` is the desk that writes them (history rows and visits name it).
 */
type Row<T extends keyof typeof SYNC_ROWS> = z.input<(typeof SYNC_ROWS)[T]>

export function visitorRow(fields: Partial<Row<'visitors'>> = {}): Row<'visitors'> {
  return { fullName: 'Pengunjung Uji', consentAt: Date.UTC(2026, 10, 24), ...fields }
}

export function visitRow(
  deskId: string,
  visitorId: string,
  fields: Partial<Row<'visits'>> = {},
): Row<'visits'> {
  return {
    visitorId,
    visitNumber: 'LK1-20261124-0001',
    queueNumber: 'A-001',
    purpose: 'complaint_progress',
    deskId,
    status: 'waiting',
    arrivedAt: Date.UTC(2026, 10, 24, 1),
    channel: 'walk_in',
    ...fields,
  }
}

export function stepEventRow(
  deskId: string,
  visitId: string,
  fields: Partial<Row<'visit_step_events'>> = {},
): Row<'visit_step_events'> {
  return { visitId, stepNo: 0, kind: 'call', at: Date.UTC(2026, 10, 24, 1), deskId, ...fields }
}

export function auditRow(deskId: string, fields: Partial<Row<'audit_log'>> = {}): Row<'audit_log'> {
  return { at: Date.UTC(2026, 10, 24, 1), deskId, action: 'visitors.register', outcome: 'ok', ...fields }
}
