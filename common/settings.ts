import { z } from 'zod'

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

/** A letterhead logo travels as a data URL so it fits the JSON contract and the PDF maker alike. */
export const LetterheadLogo = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'logo_format')
  .refine((url) => Math.floor(((url.length - url.indexOf(',') - 1) * 3) / 4) <= LOGO_MAX_BYTES, {
    message: 'logo_too_large',
    params: { maxKb: LOGO_MAX_BYTES / 1024 },
  })

export const OfficeSettings = z.object({
  officeName: OfficeName,
  officeAddress: OfficeAddress,
  timeZone: OfficeTimeZone,
  letterheadLogo: LetterheadLogo.nullable(),
})
export type OfficeSettings = z.infer<typeof OfficeSettings>

/** What the settings screen edits: the office's settings plus this desk's own code. */
export const SettingsView = OfficeSettings.extend({ deskCode: DeskCode })
export type SettingsView = z.infer<typeof SettingsView>
export const SettingsUpdate = SettingsView.partial()
export type SettingsUpdate = z.infer<typeof SettingsUpdate>
