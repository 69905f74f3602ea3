import { z } from 'zod'
import type { SpecialHours, WeekHours as WeekHoursType } from './calendar/office-hours'
import { DEFAULT_WEEK_HOURS, SpecialHoursList, WeekHours } from './calendar/office-hours'

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

/**
 * The language of the waiting-room display, apart from the officer's own UI language (issue 8,
 * fault 10). Office-wide, not per desk: the display speaks to the office's public, and two screens
 * of one waiting room calling numbers in two languages would confuse it; the office that serves
 * visitors in English sets it once for every display.
 */
export const DisplayLanguage = z.enum(['id', 'en'], { error: 'invalid_choice' })
export type DisplayLanguage = z.infer<typeof DisplayLanguage>

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
})
export type OfficeSettings = z.infer<typeof OfficeSettings>

/** Stored settings with the later keys' defaults filled in. */
export function withDefaults(settings: OfficeSettings): OfficeSettings & {
  officeHours: WeekHoursType
  specialHours: SpecialHours[]
  displayLanguage: DisplayLanguage
} {
  return {
    ...settings,
    officeHours: settings.officeHours ?? DEFAULT_WEEK_HOURS,
    specialHours: settings.specialHours ?? [],
    displayLanguage: settings.displayLanguage ?? 'id',
  }
}

/** What the settings screen edits: the office's settings (defaults filled in) plus this desk's own code. */
export const SettingsView = OfficeSettings.extend({
  deskCode: DeskCode,
  officeHours: WeekHours,
  specialHours: SpecialHoursList,
  displayLanguage: DisplayLanguage,
})
export type SettingsView = z.infer<typeof SettingsView>
export const SettingsUpdate = SettingsView.partial()
export type SettingsUpdate = z.infer<typeof SettingsUpdate>
