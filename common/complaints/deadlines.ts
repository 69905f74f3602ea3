import { z } from 'zod'
import type { OfficeCalendar } from '../calendar/working-time'
import { StandardTime, dueAt } from '../calendar/working-time'
import type { ChainEvent, ChainState, FoldedEvent } from './chain'
import { COMPLAINT_STAGES, ChainHolder, foldChain, nextState } from './chain'

/**
 * How long each hop of the chain may take (issue 11), as versioned data an office may change:
 * agencies publish their own service standards (RESEARCH.md §3: only "verification within 3
 * working days" is confirmed nationally). A hop is a stage at a holder (`holder` null: any holder),
 * timed from the event that began it; `step` names the seed's step it comes from.
 */
export const HopDeadline = z.object({
  stage: z.enum(COMPLAINT_STAGES),
  holder: ChainHolder.nullable(),
  standard: StandardTime,
  step: z.string().max(40),
})
export type HopDeadline = z.infer<typeof HopDeadline>

export const DeadlineTable = z
  .object({
    version: z.number().int().positive(),
    /** Where the figures come from (an SOP, a decree, the agency's published standard). */
    source: z.string().min(1).max(500),
    hops: z.array(HopDeadline).max(100),
  })
  .refine(
    (table) =>
      new Set(table.hops.map((hop) => `${hop.stage}:${hop.holder ?? '*'}`)).size === table.hops.length,
    'duplicate hop',
  )
export type DeadlineTable = z.infer<typeof DeadlineTable>

const minutes = (value: number) => ({ value, unit: 'minutes' as const })
const workingDays = (value: number) => ({ value, unit: 'working_days' as const })

/**
 * The defaults, from seed 004 (Biro Komunikasi dan Pelayanan Publik, "Prosedur Pengelolaan
 * Pengaduan melalui SP4N LAPOR!", column "Mutu Baku: Waktu"). Its "3 hari" are read as working
 * days, as its steps 5 and 6 say ("3 hari kerja"); the UPT's follow-up is 60 minutes as printed.
 */
export const SEED_004_DEADLINES: DeadlineTable = DeadlineTable.parse({
  version: 1,
  source: 'SOP Pengelolaan Pengaduan melalui SP4N LAPOR!, Biro Komunikasi dan Pelayanan Publik (seed 004)',
  hops: [
    { stage: 'verifying', holder: 'admin_nasional', standard: workingDays(3), step: '2' },
    { stage: 'forwarded', holder: 'admin_instansi', standard: minutes(60), step: '3' },
    { stage: 'verifying', holder: 'admin_instansi', standard: workingDays(3), step: '4–5' },
    { stage: 'forwarded', holder: 'admin_eselon1', standard: minutes(60), step: '6' },
    { stage: 'verifying', holder: 'admin_eselon1', standard: workingDays(3), step: '6–7' },
    { stage: 'responded', holder: 'admin_eselon1', standard: workingDays(3), step: '8' },
    { stage: 'forwarded', holder: 'admin_upt', standard: minutes(60), step: '9' },
    { stage: 'verifying', holder: 'admin_upt', standard: minutes(60), step: '10' },
    { stage: 'completed', holder: null, standard: workingDays(10), step: '11' },
  ],
})

/** The hop a state waits in, from the table: the holder's own line, else one for any holder. */
export function hopOf(table: DeadlineTable, state: ChainState): HopDeadline | null {
  return (
    table.hops.find((hop) => hop.stage === state.stage && hop.holder === state.holder) ??
    table.hops.find((hop) => hop.stage === state.stage && hop.holder === null) ??
    null
  )
}

/** One hop as the timeline shows it; times in ms UTC. */
export interface HopView {
  state: ChainState
  /** The event that began it. */
  startedAt: number
  /** The event that ended it; null while it runs. */
  endedAt: number | null
  /** When it was due by the table, on the office calendar; null for a hop without a standard. */
  dueAt: number | null
  /** Ended by its due time; null while it runs and is not yet due, or has no standard. */
  met: boolean | null
}

/**
 * A complaint's hops with their deadlines met or missed, as of `now` (ms UTC): its events folded
 * (./chain.ts foldChain, any arrival order), each applied event beginning the hop its state waits
 * in, timed by `table` on the office `calendar` (working days skip weekends, holidays and cuti
 * bersama). A running hop past its due time is missed already.
 */
export function complaintTimeline(
  events: readonly ChainEvent[],
  table: DeadlineTable,
  calendar: OfficeCalendar,
  now: number,
): { state: ChainState | null; history: FoldedEvent[]; hops: HopView[] } {
  const { state, history } = foldChain(events)
  const applied = history.filter((event) => event.refused === null)
  const hops: HopView[] = []
  let reached: ChainState | null = null
  for (const [index, event] of applied.entries()) {
    const next = nextState(reached, event)
    // Applied events fit by construction (foldChain refused the others).
    if (typeof next === 'string') continue
    reached = next
    if (next.stage === 'closed') break
    const hop = hopOf(table, next)
    const due = hop ? dueAt(calendar, event.at, hop.standard) : null
    const endedAt = applied[index + 1]?.at ?? null
    hops.push({
      state: next,
      startedAt: event.at,
      endedAt,
      dueAt: due,
      met: due === null ? null : endedAt !== null ? endedAt <= due : now > due ? false : null,
    })
  }
  return { state, history, hops }
}
