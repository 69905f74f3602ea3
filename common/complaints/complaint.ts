import { z } from 'zod'
import { withoutInvisible } from '../identity/normalize'
import { formatVisitNumber, isVisitNumber } from '../queue-number'
import { SafeString } from '../text'

/**
 * A complaint's record as a desk registers it (issue 11; PRODUCT.md "Complaint"): how it came in,
 * who complains, what about, and its numbers. Its way along the chain is ./chain.ts.
 */

/** How a complaint came in: at the counter, by WhatsApp, e-mail, the website, SP4N-LAPOR! or letter. */
export const COMPLAINT_CHANNELS = ['walk_in', 'whatsapp', 'email', 'website', 'lapor', 'letter'] as const
export const ComplaintChannel = z.enum(COMPLAINT_CHANNELS, { error: 'invalid_choice' })
export type ComplaintChannel = z.infer<typeof ComplaintChannel>

/** SP4N-LAPOR!'s classes of report (RESEARCH.md §3): aspiration, complaint, request for information. */
export const COMPLAINT_CLASSES = ['aspirasi', 'pengaduan', 'permintaan_informasi'] as const
export const ComplaintClass = z.enum(COMPLAINT_CLASSES, { error: 'invalid_choice' })
export type ComplaintClass = z.infer<typeof ComplaintClass>

/** The prefix of a complaint registered at a desk: `ADU-LK1-20261201-0001`. */
export const COMPLAINT_PREFIX = 'ADU'
// The code in the numbers of complaints the central server registers lives beside the desk codes
// it is kept apart from (common/settings.ts).
export { CENTRAL_COMPLAINT_CODE } from '../settings'

/**
 * A complaint's local number, per desk per office day like visit numbers (the desk code keeps two
 * desks' numbers apart without talking): `ADU-LK1-20261201-0001`. Given at once, at the desk, so
 * the visitor leaves with a number; the LAPOR! tracking ID is linked later. Throws RangeError as
 * formatVisitNumber does.
 */
export function formatComplaintNumber(deskCode: string, day: string, serial: number): string {
  return `${COMPLAINT_PREFIX}-${formatVisitNumber(deskCode, day, serial)}`
}

/** Whether `text` (typed or scanned: trimmed, upper-cased, invisible characters dropped) is a local complaint number. */
export function isComplaintNumber(text: string): boolean {
  const cleaned = withoutInvisible(text).trim().toUpperCase()
  return (
    cleaned.startsWith(`${COMPLAINT_PREFIX}-`) && isVisitNumber(cleaned.slice(COMPLAINT_PREFIX.length + 1))
  )
}

/**
 * A LAPOR! tracking ID: opaque (RESEARCH.md §3: no public API; a partner endpoint answered a
 * `trackingid`), so only bounded, safe, one-word text is required; a scanner's invisible
 * characters and surrounding spaces are dropped, and letters kept as given.
 */
export const LaporTrackingId = z
  .string({ error: 'required' })
  .transform((text) => withoutInvisible(text).trim())
  .pipe(SafeString.min(1, 'required').max(64, 'too_long').regex(/^\S+$/, 'tracking_id_format'))

const Text = (max: number) => z.string().trim().max(max, 'too_long').pipe(SafeString)
const Required = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'too_long').pipe(SafeString)

/** Who complains: a registered visitor, or a name alone (by letter, WhatsApp, or someone who gives no NIK). */
export const Complainant = z.union([
  z.object({ visitorId: z.string().min(1).max(64) }).strict(),
  z.object({ name: Required(200) }).strict(),
])
export type Complainant = z.infer<typeof Complainant>

/** A complaint registered at the desk (purpose "Pengaduan baru", issue 11 deliverable 6). */
export const ComplaintRegisterInput = z.object({
  channel: ComplaintChannel,
  complainant: Complainant,
  subject: Required(2000),
  category: Text(120).default(''),
  classification: ComplaintClass.default('pengaduan'),
  laporTrackingId: LaporTrackingId.optional(),
})
export type ComplaintRegisterInput = z.infer<typeof ComplaintRegisterInput>
