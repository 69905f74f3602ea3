import { z } from 'zod'
import { CHAIN_HOLDERS, CHAIN_REFUSALS, COMPLAINT_EVENT_KINDS, COMPLAINT_STAGES } from './chain'
import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES, ComplaintRegisterInput, LaporTrackingId } from './complaint'

/**
 * What the desk's screens ask of complaints and get back (issue 11): the contract's inputs and
 * outputs for the officer's lookup, a complaint's timeline, the board's overdue list, the
 * complaint picked at step 4 of the inquiry, and the LAPOR! ID linked later. Times are ms UTC.
 */

const Id = z.string().min(1).max(64)
const Stage = z.enum(COMPLAINT_STAGES)
const Holder = z.enum(CHAIN_HOLDERS)

/**
 * A lookup as typed or scanned: a local complaint number, a LAPOR! tracking ID, a visit number
 * (a receipt's QR code), a NIK, a phone number or a name.
 */
export const ComplaintLookupInput = z.object({
  query: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(20),
})

/** One complaint in a list: enough to pick it, with where it stands. */
export const ComplaintHit = z.object({
  id: z.string(),
  number: z.string().nullable(),
  laporTrackingId: z.string().nullable(),
  channel: z.enum(COMPLAINT_CHANNELS),
  classification: z.enum(COMPLAINT_CLASSES),
  category: z.string(),
  subject: z.string(),
  complainantName: z.string(),
  /** Masked as lists show it (`3201••••••••0098`). */
  nikMasked: z.string().nullable(),
  visitorId: z.string().nullable(),
  reportedAt: z.number(),
  /** Null while no event has come in yet. */
  stage: Stage.nullable(),
  holder: Holder.nullable(),
  /** When the running hop is due; null without a standard, or once completed or closed. */
  dueAt: z.number().nullable(),
  overdue: z.boolean(),
})
export type ComplaintHit = z.infer<typeof ComplaintHit>

/** How a lookup was read: what it matched on, so the screen can say "nothing by that number". */
export const LOOKUP_KINDS = ['number', 'visit', 'nik', 'phone', 'name', 'empty'] as const
export const ComplaintLookup = z.object({
  kind: z.enum(LOOKUP_KINDS),
  hits: z.array(ComplaintHit),
})
export type ComplaintLookup = z.infer<typeof ComplaintLookup>

export const ComplaintEventView = z.object({
  id: z.string(),
  kind: z.enum(COMPLAINT_EVENT_KINDS),
  at: z.number(),
  by: Holder,
  to: Holder.nullable(),
  actor: z.string().nullable(),
  note: z.string().nullable(),
  /** Set aside: it did not fit where it falls in the chain (and why); it changed nothing. */
  refused: z.enum(CHAIN_REFUSALS).nullable(),
})
export type ComplaintEventView = z.infer<typeof ComplaintEventView>

export const ComplaintHopView = z.object({
  stage: Stage,
  holder: Holder,
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  dueAt: z.number().nullable(),
  met: z.boolean().nullable(),
  /** The deadline table's step of seed 004 (`4–5`), and the standard in words' parts. */
  step: z.string().nullable(),
  standard: z.object({ value: z.number(), unit: z.enum(['minutes', 'hours', 'working_days']) }).nullable(),
})
export type ComplaintHopView = z.infer<typeof ComplaintHopView>

/** A complaint whole: the record, its timeline, and the visits it came up in. */
export const ComplaintDetail = ComplaintHit.extend({
  complainantPhone: z.string().nullable(),
  deskId: z.string(),
  /** Registered at this desk: only then may this desk link its LAPOR! ID. */
  ownDesk: z.boolean(),
  events: z.array(ComplaintEventView),
  hops: z.array(ComplaintHopView),
  /** The deadline table's version and source the hops were timed by. */
  deadlines: z.object({ version: z.number(), source: z.string() }),
  visits: z.array(
    z.object({
      id: z.string(),
      visitNumber: z.string(),
      arrivedAt: z.number(),
      status: z.string(),
      outcome: z.string().nullable(),
    }),
  ),
})
export type ComplaintDetail = z.infer<typeof ComplaintDetail>

export const ComplaintGetInput = z.object({ id: Id })
export const ComplaintOverdueInput = z.object({ limit: z.number().int().min(1).max(200).default(50) })
export const ComplaintOverdue = z.object({
  /** How many open complaints are past their hop's deadline. */
  count: z.number().int(),
  items: z.array(ComplaintHit),
})
export type ComplaintOverdue = z.infer<typeof ComplaintOverdue>

/** Step 4 of the inquiry: the complaint the visit is about, or none (null unlinks). */
export const VisitComplaintInput = z.object({ visitId: Id, complaintId: Id.nullable() })
/** The complaints a visit is likely about: its visitor's, and any number the receptionist's note names. */
export const ComplaintSuggestInput = z.object({ visitId: Id })
export const ComplaintLinkLaporInput = z.object({ complaintId: Id, laporTrackingId: LaporTrackingId })

/** A complaint registered at the desk, during the visit it was made in when there is one. */
export const ComplaintRegisterAtDesk = ComplaintRegisterInput.extend({ visitId: Id.optional() })
