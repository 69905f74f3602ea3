import { z } from 'zod'
import { IssuedUnder } from './identity/nik'
import { digitsOnly, firstNonDigit } from './identity/normalize'
import { PersonName } from './person-name'
import type { ValidationKey } from './validation'
import { normalizePhone } from './phone'

const optionalText = (max: number) => z.string().trim().max(max, 'too_long').default('')

/**
 * A number field (NIK, NIP): separators and invisible characters dropped (common/identity/normalize.ts);
 * a character that is still not a digit is named in the message, so the person can find it.
 */
const NumberField = (length: number, formatKey: ValidationKey, charKey: ValidationKey) =>
  z
    .string()
    .trim()
    .transform(digitsOnly)
    .superRefine((digits, ctx) => {
      const offending = firstNonDigit(digits)
      if (offending !== null) ctx.addIssue({ code: 'custom', message: charKey, params: { char: offending } })
      else if (digits !== '' && digits.length !== length) ctx.addIssue({ code: 'custom', message: formatKey })
    })

/** NIK: refused only when it cannot be one (length, letters); implausible ones are warned about. */
export const NikField = NumberField(16, 'nik_format', 'nik_char')
export const NipField = NumberField(18, 'nip_format', 'nip_char')

/** Indonesian numbers as typed (`08…`, `+62 8…`, `62 8…`), kept as E.164; empty when not given. */
export const PhoneField = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === '') return ''
    const parsed = normalizePhone(value)
    if (!parsed.ok) {
      ctx.addIssue({
        code: 'custom',
        message: parsed.error,
        ...(parsed.params ? { params: parsed.params } : {}),
      })
      return z.NEVER
    }
    return parsed.value.e164
  })

export const VisitorFields = z.object({
  fullName: PersonName(120),
  nik: NikField.default(''),
  nip: NipField.default(''),
  phone: PhoneField.default(''),
  email: z.union([z.literal(''), z.email('email_invalid').trim().max(200, 'too_long')]).default(''),
  organization: optionalText(200),
  position: optionalText(120),
  address: optionalText(500),
  /** UU 27/2022: personal data are processed only with the visitor's consent, recorded with its time. */
  consent: z.literal(true, { error: 'consent_required' }),
})
export type VisitorFields = z.infer<typeof VisitorFields>
/** What a form holds before validation (the consent box starts unticked). */
export type VisitorDraft = Omit<z.input<typeof VisitorFields>, 'consent'> & { consent: boolean }
/** A form's values before anything is typed: every field empty, the consent box unticked. */
export const BLANK_VISITOR: Required<VisitorDraft> = {
  fullName: '',
  nik: '',
  nip: '',
  phone: '',
  email: '',
  organization: '',
  position: '',
  address: '',
  consent: false,
}

export const VisitorRegisterInput = VisitorFields
export const VisitorUpdateInput = VisitorFields.extend({ id: z.string().min(1).max(64) })

export const VisitorSearchInput = z.object({
  query: z.string().trim().max(100, 'too_long'),
  limit: z.number().int().min(1).max(50).default(20),
})

export const IdentityInspectInput = z.object({
  kind: z.enum(['nik', 'nip']),
  number: z.string().max(40),
})

const Warning = z.object({ code: z.string(), message: z.object({ id: z.string(), en: z.string() }) })

/** What the number says of its holder, to compare with the person at the counter. */
export const IdentityReading = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('nik'),
    number: z.string(),
    birthDate: z.string().nullable(),
    sex: z.enum(['male', 'female']),
    province: z.string().nullable(),
    regency: z.string().nullable(),
    district: z.string().nullable(),
    /** Set when the NIK's region code was withdrawn by a later decree (common/identity/nik.ts). */
    issuedUnder: IssuedUnder.nullable(),
    warnings: z.array(Warning),
  }),
  z.object({
    kind: z.literal('nip'),
    number: z.string(),
    birthDate: z.string().nullable(),
    sex: z.enum(['male', 'female']).nullable(),
    appointment: z.string().nullable(),
    employment: z.enum(['pns', 'pppk']),
    warnings: z.array(Warning),
  }),
])
export type IdentityReading = z.infer<typeof IdentityReading>

export const IdentityInspectOutput = z.union([
  z.object({ ok: z.literal(true), reading: IdentityReading }),
  z.object({ ok: z.literal(false), message: z.object({ id: z.string(), en: z.string() }) }),
])

export const VisitorView = z.object({
  id: z.string(),
  fullName: z.string(),
  nik: z.string().nullable(),
  nikMasked: z.string().nullable(),
  nip: z.string().nullable(),
  /** E.164, and the national form to show. */
  phone: z.string().nullable(),
  phoneDisplay: z.string().nullable(),
  email: z.string().nullable(),
  organization: z.string().nullable(),
  position: z.string().nullable(),
  address: z.string().nullable(),
  consentAt: z.number().nullable(),
  firstVisitAt: z.number().nullable(),
  lastVisitAt: z.number().nullable(),
  identities: z.array(IdentityReading),
})
export type VisitorView = z.infer<typeof VisitorView>

/** A search result: never the full NIK (PRODUCT.md: masked in lists). */
export const VisitorHit = z.object({
  id: z.string(),
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  nip: z.string().nullable(),
  phoneDisplay: z.string().nullable(),
  organization: z.string().nullable(),
  lastVisitAt: z.number().nullable(),
  /** exact words, a spelling variant, or only similar (a missing or wrong letter). */
  match: z.enum(['number', 'exact', 'variant', 'similar']),
})
export type VisitorHit = z.infer<typeof VisitorHit>

export const VisitorGetInput = z.object({ id: z.string().min(1).max(64) })
