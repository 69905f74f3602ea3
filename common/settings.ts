import { DeadlineTable, SEED_004_DEADLINES } from './complaints/deadlines'
import { z } from 'zod'
import type { SpecialHours, WeekHours as WeekHoursType } from './calendar/office-hours'
import { NipField } from './visitors'
import { DEFAULT_WEEK_HOURS, SpecialHoursList, WeekHours } from './calendar/office-hours'

/**
 * The code in the numbers of complaints the central server registers (`ADU-PUSAT-20261201-0001`,
 * common/complaints/complaint.ts); no desk may take it (DeskCode below).
 */
export const CENTRAL_COMPLAINT_CODE = 'PUSAT'

/** The three Indonesian time zones, by the IANA zone the office's times are shown in. */
export const OFFICE_TIME_ZONES = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const
export const OfficeTimeZone = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], {
  error: 'invalid_choice',
})
export type OfficeTimeZone = z.infer<typeof OfficeTimeZone>

export const LOGO_MAX_BYTES = 256 * 1024

const trimmed = (min: number, max: number) =>
  z.string({ error: 'required' }).trim().min(1, 'required').min(min, 'too_short').max(max, 'too_long')

export const OfficeName = trimmed(3, 200)
export const OfficeAddress = z.string().trim().max(500, 'too_long')
export const DeskCode = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,5}$/, 'desk_code_format')
  // The central server numbers the complaints it registers with this code (common/complaints/complaint.ts).
  .refine((code) => code !== CENTRAL_COMPLAINT_CODE, 'desk_code_reserved')

/** A letterhead logo travels as a data URL so it fits the JSON contract and the PDF maker alike. */
export const LetterheadLogo = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'logo_format')
  .refine((url) => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4) <= LOGO_MAX_BYTES, {
    message: 'logo_too_large',
    params: { maxKb: LOGO_MAX_BYTES / 1024 },
  })

/**
 * The language of the waiting-room display, apart from the officer's own UI language (issue 8,
 * fault 10). Office-wide, not per desk: the display speaks to the office's public, and two screens
 * of one waiting room calling numbers in two languages would confuse it; the office that serves
 * visitors in English sets it once for every display.
 */
export const DisplayLanguage = z.enum(['id', 'en'], { error: 'invalid_choice' })
export type DisplayLanguage = z.infer<typeof DisplayLanguage>

/**
 * Who signs the office's documents (issue 10, deliverable 5), edited by an administrator without a
 * build: the name, the position (jabatan) and the 18-digit NIP as they must appear under the
 * signature. `officers` gives an officer's own title and NIP on the consultation notes they sign
 * (by user id; the users table holds names and roles, not positions); `head` is the unit's head,
 * who signs "Mengetahui" where a document asks for it. A signatory without a NIP (an empty string:
 * a contract worker) prints none.
 */
export const Signatory = z.object({
  name: trimmed(1, 200),
  title: z.string().trim().max(200, 'too_long'),
  /** 18 digits, or empty for a signatory without one. */
  nip: NipField,
})
export type Signatory = z.infer<typeof Signatory>
export const OfficerSignatory = Signatory.extend({ userId: z.string().min(1).max(64) })
export type OfficerSignatory = z.infer<typeof OfficerSignatory>
export const DocumentSignatories = z.object({
  head: Signatory.nullable(),
  officers: z.array(OfficerSignatory).max(200, 'too_many'),
})
export type DocumentSignatories = z.infer<typeof DocumentSignatories>
export const DEFAULT_SIGNATORIES: DocumentSignatories = { head: null, officers: [] }

/** The line printed at the foot of every receipt (issue 10); the office words it. */
export const ReceiptFooter = z.string().trim().max(300, 'too_long')
export const DEFAULT_RECEIPT_FOOTER = 'Simpan tiket ini sampai layanan selesai. Terima kasih.'

/**
 * The office's settings as stored, one synced row per key. Keys added after the first release are
 * optional here (a desk or server that has not written them yet still reads the rest) and get
 * their defaults in `withDefaults`, never in the schema: a default inside the schema would be
 * filled into every partial change (`.partial()`) and overwrite the stored value.
 */
export const OfficeSettings = z.object({
  officeName: OfficeName,
  officeAddress: OfficeAddress,
  timeZone: OfficeTimeZone,
  letterheadLogo: LetterheadLogo.nullable(),
  /** Office hours per weekday (common/calendar/office-hours.ts); default DEFAULT_WEEK_HOURS. */
  officeHours: WeekHours.optional(),
  /** Jam kerja khusus: date ranges with their own hours (Ramadan); default none. */
  specialHours: SpecialHoursList.optional(),
  /** The waiting-room display's language; default Indonesian. */
  displayLanguage: DisplayLanguage.optional(),
  /** Who signs documents (issue 10); default none beyond the serving officer's name. */
  signatories: DocumentSignatories.optional(),
  /** The receipt's foot line (issue 10); default DEFAULT_RECEIPT_FOOTER. */
  receiptFooter: ReceiptFooter.optional(),
  /** Each hop of a complaint's chain and its deadline (issue 11); default seed 004's table. */
  // A table this version cannot read (a newer desk's stage, say) falls back to the default rather
  // than making every other setting unreadable.
  complaintDeadlines: DeadlineTable.optional().catch(undefined),
})
export type OfficeSettings = z.infer<typeof OfficeSettings>

/** Stored settings with the later keys' defaults filled in. */
export function withDefaults(settings: OfficeSettings): OfficeSettings & {
  officeHours: WeekHoursType
  specialHours: SpecialHours[]
  displayLanguage: DisplayLanguage
  signatories: DocumentSignatories
  receiptFooter: string
  complaintDeadlines: DeadlineTable
} {
  return {
    ...settings,
    officeHours: settings.officeHours ?? DEFAULT_WEEK_HOURS,
    specialHours: settings.specialHours ?? [],
    displayLanguage: settings.displayLanguage ?? 'id',
    signatories: settings.signatories ?? DEFAULT_SIGNATORIES,
    receiptFooter: settings.receiptFooter ?? DEFAULT_RECEIPT_FOOTER,
    complaintDeadlines: settings.complaintDeadlines ?? SEED_004_DEADLINES,
  }
}

/**
 * What the settings screen edits: the office's settings (defaults filled in) plus this desk's own
 * code. The complaint deadlines are the central administrator's (server:admin), not this screen's.
 */
export const SettingsView = OfficeSettings.omit({ complaintDeadlines: true }).extend({
  deskCode: DeskCode,
  officeHours: WeekHours,
  specialHours: SpecialHoursList,
  displayLanguage: DisplayLanguage,
  signatories: DocumentSignatories,
  receiptFooter: ReceiptFooter,
})
export type SettingsView = z.infer<typeof SettingsView>
export const SettingsUpdate = SettingsView.partial()
export type SettingsUpdate = z.infer<typeof SettingsUpdate>
