import { z } from 'zod'

/** Every message the core shows a person exists in both locales; the UI picks one. */
export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export type Localized = Record<Locale, string>

/** Fills `{name}` placeholders; used for both locales of one message. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
}

export function localize(message: Localized, params?: Record<string, string | number>): Localized {
  return { id: interpolate(message.id, params), en: interpolate(message.en, params) }
}

/** A `{ id, en }` text inside data files and contract payloads. */
export const LocalizedText = z.object({ id: z.string().min(1), en: z.string().min(1) })
