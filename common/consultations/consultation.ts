import { z } from 'zod'
import { withoutInvisible } from '../identity/normalize'
import { formatVisitNumber, isVisitNumber } from '../queue-number'
import { SafeString } from '../text'
import { VisitAdvanceInput } from '../visits'

/**
 * A consultation's record as the desk keeps it (issue 12; PRODUCT.md "Consultation"; seeds 000,
 * 002 and 003): the request — who (a registered visitor: name, NIK/NIP, work unit, position,
 * phone, e-mail), the substance, the channel it came by — the attachments received, and the case
 * visit that runs its procedure's timed steps. The assignment (disposisi) and the answer are events
 * (common/consultations/state.ts), so desks acting on one consultation never overwrite each other.
 */

/** How a consultation reached the office. */
export const CONSULTATION_CHANNELS = ['letter', 'email', 'website', 'whatsapp', 'walk_in'] as const
export const ConsultationChannel = z.enum(CONSULTATION_CHANNELS, { error: 'invalid_choice' })
export type ConsultationChannel = z.infer<typeof ConsultationChannel>

/**
 * The SOP each channel runs (resources/procedures): by letter or e-mail seed 000, through the
 * website seed 002, by WhatsApp or in person seed 003 (its "media informasi elektronik" flow names
 * WhatsApp with the same escalation).
 */
export const PROCEDURE_OF_CHANNEL: Record<ConsultationChannel, string> = {
  letter: 'konsultasi-surat-email',
  email: 'konsultasi-surat-email',
  website: 'konsultasi-website',
  whatsapp: 'konsultasi-tatap-muka',
  walk_in: 'konsultasi-tatap-muka',
}

/** The prefix of a consultation's number: `KON-LK1-20261201-0001`. */
export const CONSULTATION_PREFIX = 'KON'

/**
 * A consultation's number, per desk per office day like visit numbers, given at once so the
 * requester can be told it in the acknowledgement. Throws RangeError as formatVisitNumber does.
 */
export function formatConsultationNumber(deskCode: string, day: string, serial: number): string {
  return `${CONSULTATION_PREFIX}-${formatVisitNumber(deskCode, day, serial)}`
}

/** Whether `text` (typed or scanned) is a consultation number. */
export function isConsultationNumber(text: string): boolean {
  const cleaned = withoutInvisible(text).trim().toUpperCase()
  return (
    cleaned.startsWith(`${CONSULTATION_PREFIX}-`) &&
    isVisitNumber(cleaned.slice(CONSULTATION_PREFIX.length + 1))
  )
}

const Id = z.string().min(1).max(64)
const Text = (max: number) => z.string().trim().max(max, 'too_long').pipe(SafeString)
const Required = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long').pipe(SafeString)

/** One item received with the request (a letter, a copy of a decree), with its sheet count if known. */
export const Attachment = z.object({
  description: Required(200),
  pages: z
    .number({ error: 'invalid' })
    .int('invalid')
    .min(1, 'invalid')
    .max(10_000, 'invalid')
    .nullable()
    .default(null),
})
export type Attachment = z.infer<typeof Attachment>
/** At most this many attachments are listed; a bigger bundle is described as one item. */
export const MAX_ATTACHMENTS = 50
export const Attachments = z.array(Attachment).max(MAX_ATTACHMENTS, 'too_many')

/**
 * A consultation recorded at the desk. `visitId` names the walk-in (or queued) visit it is recorded
 * from (seed 003 at the counter): that visit becomes its case. Without it a case visit is opened
 * on the channel's procedure, its first step (the request sent) ended at `receivedAt`.
 */
export const ConsultationRegisterInput = z.object({
  visitorId: Id,
  channel: ConsultationChannel,
  subject: Required(4000),
  /** The letter's number, the e-mail's subject, the web form's ticket: whatever the request is filed by. */
  reference: Text(200).default(''),
  /** When the letter or message came in, ms UTC; now when absent. Never in the future. */
  receivedAt: z.number().int().optional(),
  attachments: Attachments.default([]),
  visitId: Id.optional(),
})
export type ConsultationRegisterInput = z.infer<typeof ConsultationRegisterInput>

/** The head's disposition: the team member who answers, and what they are told (seed 000 step 3). */
export const ConsultationAssignInput = z.object({
  consultationId: Id,
  assigneeId: Id,
  note: Text(2000).default(''),
  /** Why the running step overran its standard, when it did and none is on record yet. */
  reason: Text(500).optional(),
})
export type ConsultationAssignInput = z.infer<typeof ConsultationAssignInput>

/** The team member's answer, as recorded in the consultation history (seed 000 step 5). */
export const ConsultationAnswerInput = z.object({
  consultationId: Id,
  answer: Required(20_000),
  reason: Text(500).optional(),
})
export type ConsultationAnswerInput = z.infer<typeof ConsultationAnswerInput>

/** The attachments list as it now stands (an item that came later, one listed by mistake). */
export const ConsultationAttachmentsInput = z.object({ consultationId: Id, attachments: Attachments })

/** A visit about this consultation (the requester came by to ask), or null to unlink it. */
export const ConsultationLinkVisitInput = z.object({ visitId: Id, consultationId: Id.nullable() })

/** Moves the case on from its running step (the visit screen's "next", on the consultation's screen). */
export const ConsultationAdvanceInput = VisitAdvanceInput.omit({ visitId: true }).extend({
  consultationId: Id,
})
export type ConsultationAdvanceInput = z.infer<typeof ConsultationAdvanceInput>
