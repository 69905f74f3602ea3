import { z } from 'zod'
import { SafeString } from './text'
import type { SkmQuestionnaire } from './skm'

/**
 * A satisfaction survey's answers as they are entered (issue 12): at the kiosk by the visitor, or
 * keyed in from the printed form by the desk, linked to the visit it is about or anonymous. The
 * questionnaire's rules (common/skm.ts) decide what a complete answer sheet is.
 */

/** Where an answer sheet came from. */
export const SKM_SOURCES = ['kiosk', 'paper'] as const
export const SkmSource = z.enum(SKM_SOURCES)
export type SkmSource = z.infer<typeof SkmSource>

const Id = z.string().min(1).max(64)
const Text = (max: number) => z.string().trim().max(max, 'too_long').pipe(SafeString)
const Code = z.string().regex(/^[a-z0-9+-]{1,24}$/, 'invalid_choice')

/** The respondent's profile as the form asks it; every field may be left blank. */
export const SkmProfileAnswer = z.object({
  sex: Code.nullable().default(null),
  age: z
    .number({ error: 'invalid' })
    .int('invalid')
    .min(10, 'age_range')
    .max(120, 'age_range')
    .nullable()
    .default(null),
  education: Code.nullable().default(null),
  occupation: Code.nullable().default(null),
  occupationOther: Text(120).default(''),
})
export type SkmProfileAnswer = z.infer<typeof SkmProfileAnswer>

/** Each element's score by element id (`U1` → 1…4); completeness is checked against the questionnaire. */
export const SkmScores = z.record(z.string().regex(/^U[0-9]{1,2}$/), z.number().int())

/** The answers themselves, whoever enters them. */
export const SkmAnswers = z.object({
  scores: SkmScores,
  comment: Text(2000).default(''),
  profile: SkmProfileAnswer.default({
    sex: null,
    age: null,
    education: null,
    occupation: null,
    occupationOther: '',
  }),
})

/** An answer sheet keyed in at the desk: from a printed form, for a visit or anonymous (null). */
export const SkmSubmitInput = SkmAnswers.extend({ visitId: Id.nullable() })
export type SkmSubmitInput = z.infer<typeof SkmSubmitInput>

/**
 * The scores of a complete sheet as stored: one digit per element in the questionnaire's order
 * (`'443344343'`), so a year's IKM is one aggregate over a string column. A scale wider than one
 * digit would need another encoding; SkmQuestionnaire's versions so far are 1–4.
 * Gives the first element missing or out of the scale, with its id, instead.
 */
export function encodeScores(
  questionnaire: SkmQuestionnaire,
  scores: Readonly<Record<string, number>>,
):
  | { ok: true; scores: string }
  | { ok: false; problem: 'missing' | 'out_of_scale' | 'unknown'; element: string } {
  for (const element of questionnaire.elements) {
    const score = scores[element.id]
    if (score === undefined) return { ok: false, problem: 'missing', element: element.id }
    if (!Number.isInteger(score) || score < questionnaire.scale.min || score > questionnaire.scale.max) {
      return { ok: false, problem: 'out_of_scale', element: element.id }
    }
  }
  const known = new Set(questionnaire.elements.map((element) => element.id))
  const stray = Object.keys(scores).find((id) => !known.has(id))
  if (stray) return { ok: false, problem: 'unknown', element: stray }
  return { ok: true, scores: questionnaire.elements.map((element) => String(scores[element.id])).join('') }
}

/** Scores as stored back to their element ids. */
export function decodeScores(questionnaire: SkmQuestionnaire, scores: string): Record<string, number> {
  return Object.fromEntries(questionnaire.elements.map((element, i) => [element.id, Number(scores[i])]))
}

/** The PIN that locks the kiosk view: 4 to 8 digits, chosen by the officer who opens it. */
export const KioskPin = z.string({ error: 'required' }).regex(/^\d{4,8}$/, 'pin_format')

/**
 * Opening the kiosk: the PIN that alone lets anyone out, the visit the next answer is for (null:
 * anonymous), and whether this very window turns into the kiosk (the screen turned round) rather
 * than a second screen.
 */
export const KioskOpenInput = z.object({ pin: KioskPin, visitId: Id.nullable(), here: z.boolean() })
/** The officer names the visit the next answer at an open kiosk is for. */
export const KioskVisitInput = z.object({ visitId: Id.nullable() })
export const KioskCloseInput = z.object({ pin: z.string().max(16) })

/**
 * What the kiosk window may know: whether a kiosk is open, and the number of the visit the next
 * answer is for — never a name or a NIK, since a passer-by can read it.
 */
export const KioskState = z.object({
  open: z.boolean(),
  visitNumber: z.string().nullable(),
  /** This window was turned into the kiosk: nothing else answers it until the PIN is given. */
  lockedHere: z.boolean(),
  questionnaireVersion: z.string(),
  /** Whether the PIN is refused for a while after too many wrong tries (ms UTC until when). */
  lockedUntil: z.number().nullable(),
})
export type KioskState = z.infer<typeof KioskState>

/** A stored answer sheet, as a visit's or consultation's screen shows it. */
export const SkmResponseView = z.object({
  id: z.string(),
  visitId: z.string().nullable(),
  answeredAt: z.number(),
  source: SkmSource,
  questionnaireVersion: z.string(),
  scores: z.record(z.string(), z.number()),
  comment: z.string(),
})
export type SkmResponseView = z.infer<typeof SkmResponseView>
