import type { Topic } from './channels'
import type { SyncedTable } from './sync-protocol'

/*
 * The topics themselves and the event's shape are in ./channels.ts, beside the channel names: the
 * sandboxed preload bundles that file alone (ARCHITECTURE.md), and it passes events on.
 */

/** The topics a synced table's rows belong to: what a change pulled from the server touches. */
export const TABLE_TOPICS: Record<SyncedTable, readonly Topic[]> = {
  settings: ['office', 'calendar'],
  desks: ['office'],
  users: ['users'],
  visitors: ['visitors'],
  visits: ['visits'],
  visit_step_events: ['visits'],
  audit_log: [],
  holidays: ['calendar'],
  // Up only: never pulled, so they touch no screen through sync.
  documents: [],
  print_log: [],
  complaints: ['complaints'],
  complaint_events: ['complaints'],
  consultations: ['consultations'],
  consultation_events: ['consultations'],
  skm_responses: ['skm'],
}
