import { z } from 'zod'

/**
 * A complaint's way along the SP4N-LAPOR! chain (seed 004, "Prosedur Pengelolaan Pengaduan melalui
 * SP4N LAPOR!"; Perpres 76/2013, PermenPANRB 46/2020), as events and the state derived from them
 * (issue 11). Events are only ever appended, by desks and by the central server; the state is
 * folded from all of them in the order they happened, so events that arrive by sync in any order,
 * from two desks or the centre, give every desk the same state and never overwrite each other.
 */

/**
 * Who holds a complaint, top down (seed 004's columns): the national administrator, the agency's,
 * the echelon-1 unit's and the technical unit's (UPT).
 */
export const CHAIN_HOLDERS = ['admin_nasional', 'admin_instansi', 'admin_eselon1', 'admin_upt'] as const
export const ChainHolder = z.enum(CHAIN_HOLDERS, { error: 'invalid_choice' })
export type ChainHolder = z.infer<typeof ChainHolder>

/** The holder one level down (where a disposition goes), or null at the bottom. */
export function holderBelow(holder: ChainHolder): ChainHolder | null {
  return CHAIN_HOLDERS[CHAIN_HOLDERS.indexOf(holder) + 1] ?? null
}

/** The holder one level up (where a report outside one's authority goes back), or null at the top. */
export function holderAbove(holder: ChainHolder): ChainHolder | null {
  const index = CHAIN_HOLDERS.indexOf(holder)
  return index > 0 ? (CHAIN_HOLDERS[index - 1] ?? null) : null
}

/**
 * What can happen to a complaint (seed 004's activities):
 * - `reported`: the report comes in (step 1), to the national administrator (through LAPOR!) or
 *   straight to the agency (at the desk, by letter, WhatsApp);
 * - `forwarded`: a disposition one level down (steps 2, 5, 8);
 * - `received`: the holder it was forwarded to takes it (steps 3, 6, 9);
 * - `returned`: not this level's authority, back one level up (steps 4, 7);
 * - `responded`: the echelon-1 administrator's first response (step 6, within 3 working days);
 * - `followed_up`: the substantive answer or follow-up (steps 8, 10);
 * - `completed`: the report is done and waits for the system to close it (step 11);
 * - `closed`: closed by the system.
 */
export const COMPLAINT_EVENT_KINDS = [
  'reported',
  'forwarded',
  'received',
  'returned',
  'responded',
  'followed_up',
  'completed',
  'closed',
] as const
export type ComplaintEventKind = (typeof COMPLAINT_EVENT_KINDS)[number]

/** One event as the chain reads it; times in ms UTC. `by` acts; `to` receives a disposition or a return. */
export interface ChainEvent {
  id: string
  kind: ComplaintEventKind
  at: number
  by: ChainHolder
  to: ChainHolder | null
}

/** Where a complaint stands: what is awaited, from whom. */
export const COMPLAINT_STAGES = [
  /** The holder verifies, identifies and decides where it goes (steps 2, 4, 7). */
  'verifying',
  /** Forwarded; the holder named has yet to take it (steps 3, 6, 9). */
  'forwarded',
  /** The echelon-1 administrator gave a first response; the follow-up is awaited (step 8). */
  'responded',
  /** Answered in substance; awaiting completion (step 11). */
  'followed_up',
  /** Completed; awaiting the system's closing. */
  'completed',
  'closed',
] as const
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number]

export interface ChainState {
  stage: ComplaintStage
  holder: ChainHolder
}

/** Why an event cannot follow the state it meets: error codes, worded in common/errors.ts. */
export const CHAIN_REFUSALS = [
  'complaint_already_reported',
  'complaint_not_reported',
  'complaint_closed',
  'complaint_not_holder',
  'complaint_wrong_level',
  'complaint_not_forwarded_to',
  'complaint_not_answered',
  'complaint_not_completed',
] as const
export type ChainRefusal = (typeof CHAIN_REFUSALS)[number]

/**
 * The state after `event`, or the reason it cannot follow `state` (null: nothing reported yet).
 * Rules from seed 004: a disposition goes one level down and a return one level up, only from the
 * holder that has the report in hand; only the holder it was sent to takes it; the first response
 * is the echelon-1 administrator's; a follow-up comes from echelon 1 or the UPT holding it; a
 * report is completed only once answered, and closed only once completed.
 */
export function nextState(state: ChainState | null, event: ChainEvent): ChainState | ChainRefusal {
  if (event.kind === 'reported') {
    if (state) return 'complaint_already_reported'
    return { stage: 'verifying', holder: event.by }
  }
  if (!state) return 'complaint_not_reported'
  if (state.stage === 'closed') return 'complaint_closed'
  const inHand = state.stage === 'verifying' || state.stage === 'responded'
  switch (event.kind) {
    case 'forwarded':
      if (!inHand || state.holder !== event.by) return 'complaint_not_holder'
      if (event.to === null || event.to !== holderBelow(event.by)) return 'complaint_wrong_level'
      return { stage: 'forwarded', holder: event.to }
    case 'returned':
      if (!inHand || state.holder !== event.by) return 'complaint_not_holder'
      if (event.to === null || event.to !== holderAbove(event.by)) return 'complaint_wrong_level'
      return { stage: 'verifying', holder: event.to }
    case 'received':
      if (state.stage !== 'forwarded' || state.holder !== event.by) return 'complaint_not_forwarded_to'
      return { stage: 'verifying', holder: event.by }
    case 'responded':
      if (state.stage !== 'verifying' || state.holder !== event.by) return 'complaint_not_holder'
      if (event.by !== 'admin_eselon1') return 'complaint_wrong_level'
      return { stage: 'responded', holder: event.by }
    case 'followed_up':
      if (!inHand || state.holder !== event.by) return 'complaint_not_holder'
      if (event.by !== 'admin_eselon1' && event.by !== 'admin_upt') return 'complaint_wrong_level'
      return { stage: 'followed_up', holder: event.by }
    case 'completed':
      if (state.stage !== 'followed_up') return 'complaint_not_answered'
      return { stage: 'completed', holder: state.holder }
    case 'closed':
      if (state.stage !== 'completed') return 'complaint_not_completed'
      return { stage: 'closed', holder: state.holder }
  }
}

/** An event as the history shows it: applied, or set aside with why (it never fit its place). */
export type FoldedEvent = ChainEvent & { refused: ChainRefusal | null }

/**
 * The order events happened in: by time, then by their place in the chain (a disposition and its
 * receipt stamped in the same millisecond), then by id, so every desk folds them alike.
 */
export function chainOrder(a: ChainEvent, b: ChainEvent): number {
  return (
    a.at - b.at ||
    COMPLAINT_EVENT_KINDS.indexOf(a.kind) - COMPLAINT_EVENT_KINDS.indexOf(b.kind) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/**
 * Folds a complaint's events, in whatever order they arrived, into its state and its history. An
 * event that does not fit where it falls (a `closed` before the report was answered, from a desk
 * whose clock ran ahead, say) is kept in the history with its refusal and changes nothing: events
 * are never lost, and never let the state jump. `state` is null when no report came in yet.
 */
export function foldChain(events: readonly ChainEvent[]): {
  state: ChainState | null
  history: FoldedEvent[]
} {
  let state: ChainState | null = null
  const history: FoldedEvent[] = []
  for (const event of [...events].sort(chainOrder)) {
    const next = nextState(state, event)
    if (typeof next === 'string') history.push({ ...event, refused: next })
    else {
      state = next
      history.push({ ...event, refused: null })
    }
  }
  return { state, history }
}
