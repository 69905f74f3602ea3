import { and, eq, isNull } from 'drizzle-orm'
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid'
import { officeDay } from '../../common/calendar/office-day'
import { LoketError, errorCatalog } from '../../common/errors'
import type { Localized } from '../../common/localized'
import { localize } from '../../common/localized'
import type { SkmChoiceField, SkmQuestionnaire } from '../../common/skm'
import { SKM_QUESTIONNAIRES, skmQuestionnaire } from '../../common/skm'
import type { SkmProfileAnswer, SkmResponseView, SkmSource, SkmSubmitInput } from '../../common/skm-answers'
import { decodeScores, encodeScores } from '../../common/skm-answers'
import { validationCatalog } from '../../common/validation'
import { consultations, skmResponses } from '../../db/schema'
import { officeTimeZone } from '../calendar/office-calendar'
import type { Db } from '../db'
import { officeDateTime } from '../documents/units'
import { nextStamp, requireDeskId } from '../sync/stamp'
import { writeSyncedRow } from '../sync/write'
import type { VisitRow } from '../visits/store'
import { requireVisit } from '../visits/store'

/**
 * Satisfaction survey answer sheets (SKM, PermenPANRB 14/2017; issue 12), keyed in from the printed
 * form or answered at the kiosk: checked against the questionnaire they were asked under, stored
 * with their outbox change, one per visit at most.
 */

export type SkmResponseRow = typeof skmResponses.$inferSelect

/** The answers of one sheet as the contract carries them (SkmSubmitInput: scores, comment, profile, visit). */
export type SurveyAnswers = Pick<SkmSubmitInput, 'visitId' | 'scores' | 'comment' | 'profile'>

/** Who stores a sheet and how it came in: the officer keying in paper, or the kiosk's opener. */
export interface SurveyOrigin {
  userId: string | null
  source: SkmSource
}

/** A namespace of our own for the ids of visits' sheets (uuid v5 of `loket:skm-responses`). */
const SURVEY_NAMESPACE = uuidv5('loket:skm-responses', uuidv5.URL)

/**
 * The id of a visit's answer sheet, the same on every desk: two desks that each key in a sheet for
 * one visit write the same row, so the server refuses the second (server/sync/admit.ts,
 * surveyOwners) instead of counting the visit twice in the IKM (issue 12: "a survey cannot be
 * answered twice for the same visit").
 */
export function surveyIdOfVisit(visitId: string): string {
  return uuidv5(visitId, SURVEY_NAMESPACE)
}

/** An element as the refusal names it, id and Indonesian name: `U3 Waktu penyelesaian`. */
function elementLabel(questionnaire: SkmQuestionnaire, id: string): string {
  const element = questionnaire.elements.find((e) => e.id === id)
  return element ? `${element.id} ${element.name.id}` : id
}

/**
 * The scores of a complete sheet, one digit per element (common/skm-answers.ts encodeScores).
 * Throws LoketError skm_element_missing with the first unanswered element named (issue 12: "a survey
 * with an element missing is refused with the element named"), skm_element_invalid for an answer
 * off the scale or an element the questionnaire does not have; either with the field `scores.<id>`.
 */
export function scoresOf(questionnaire: SkmQuestionnaire, scores: Readonly<Record<string, number>>): string {
  const encoded = encodeScores(questionnaire, scores)
  if (encoded.ok) return encoded.scores
  const code = encoded.problem === 'missing' ? 'skm_element_missing' : 'skm_element_invalid'
  const params = { element: elementLabel(questionnaire, encoded.element) }
  throw new LoketError(code, params, { [`scores.${encoded.element}`]: localize(errorCatalog[code], params) })
}

const isOption = (field: SkmChoiceField, code: string | null) =>
  code === null || field.options.some((option) => option.code === code)

/**
 * The profile checked against the questionnaire's options: a box that is not on the form is a
 * validation refusal on its field (`invalid_choice`), as the contract's own schemas refuse. The
 * written "Lainnya: …" is kept only with an occupation that asks for it.
 */
function checkedProfile(questionnaire: SkmQuestionnaire, profile: SkmProfileAnswer): SkmProfileAnswer {
  const fields: Record<string, Localized> = {}
  const choices = questionnaire.profile
  for (const key of ['sex', 'education', 'occupation'] as const) {
    if (!isOption(choices[key], profile[key]))
      fields[`profile.${key}`] = localize(validationCatalog.invalid_choice)
  }
  if (Object.keys(fields).length > 0) throw new LoketError('validation_failed', {}, fields)
  const specify = choices.occupation.options.find((option) => option.code === profile.occupation)?.specify
  return { ...profile, occupationOther: specify ? profile.occupationOther : '' }
}

/** Whether the visit is the case visit of a consultation (seed 000: the form goes out at step 6). */
function isConsultationCase(db: Db, visitId: string): boolean {
  const found = db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.caseVisitId, visitId), isNull(consultations.deletedAt)))
    .get()
  return found !== undefined
}

/** The visit's sheet if one is stored (on this desk, or synced from another). */
function storedSheet(db: Db, visitId: string): SkmResponseRow | undefined {
  return db
    .select()
    .from(skmResponses)
    .where(and(eq(skmResponses.id, surveyIdOfVisit(visitId)), isNull(skmResponses.deletedAt)))
    .get()
}

/**
 * The visit a survey is about, if it may be answered for: it exists, is not cancelled, and either
 * ended (`done`) or is a consultation's case visit, whose form goes out at step 6 of seed 000 while
 * the case still runs; and it has no sheet yet (issue 12: "a survey cannot be answered twice for the
 * same visit"). Throws LoketError visit_not_found, skm_visit_not_finished, skm_already_answered
 * (with the visit's number and when it was answered, in the office's zone).
 */
export function requireSurveyableVisit(db: Db, visitId: string): VisitRow {
  const visit = requireVisit(db, visitId)
  const finished =
    visit.status === 'done' || (visit.status !== 'cancelled' && isConsultationCase(db, visit.id))
  if (!finished) throw new LoketError('skm_visit_not_finished')
  const sheet = storedSheet(db, visit.id)
  if (sheet) {
    throw new LoketError('skm_already_answered', {
      number: visit.visitNumber,
      at: officeDateTime(sheet.answeredAt, officeTimeZone(db)),
    })
  }
  return visit
}

/** A stored sheet and the number of the visit it is about (null: anonymous), for the audit entry. */
export interface SubmittedSurvey {
  row: SkmResponseRow
  visitNumber: string | null
}

/**
 * Stores one answer sheet under the current questionnaire (skmQuestionnaire()), in the caller's
 * transaction with its outbox change: scores one digit per element, the profile, the visit's
 * procedure (null when anonymous), `answeredAt` = `now` (ms UTC) and its office day in the office's
 * zone, this desk and `origin.userId`. A visit's sheet has the id surveyIdOfVisit gives; an
 * anonymous one (visitId null) a uuid v7, as many as are answered.
 *
 * Throws LoketError skm_element_missing / skm_element_invalid (scoresOf), validation_failed
 * (profile boxes not on the form), visit_not_found, skm_visit_not_finished, skm_already_answered
 * (requireSurveyableVisit).
 */
export function submitSurvey(
  tx: Db,
  answers: SurveyAnswers,
  origin: SurveyOrigin,
  now: number,
): SubmittedSurvey {
  const questionnaire = skmQuestionnaire()
  const scores = scoresOf(questionnaire, answers.scores)
  const profile = checkedProfile(questionnaire, answers.profile)
  const visit = answers.visitId === null ? null : requireSurveyableVisit(tx, answers.visitId)
  const row: SkmResponseRow = {
    id: visit ? surveyIdOfVisit(visit.id) : uuidv7(),
    deletedAt: null,
    visitId: visit?.id ?? null,
    procedureId: visit?.procedureId ?? null,
    questionnaireVersion: questionnaire.version,
    scores,
    comment: answers.comment,
    sex: profile.sex,
    age: profile.age,
    education: profile.education,
    occupation: profile.occupation,
    occupationOther: profile.occupationOther === '' ? null : profile.occupationOther,
    source: origin.source,
    answeredAt: now,
    officeDay: officeDay(now, officeTimeZone(tx)),
    deskId: requireDeskId(tx),
    userId: origin.userId,
    ...nextStamp(tx, now),
  }
  writeSyncedRow(tx, skmResponses, row, now)
  return { row, visitNumber: visit?.visitNumber ?? null }
}

/**
 * A stored sheet's scores by element id. A version this build does not ship (a newer desk's, come
 * by sync) is read by position (`U1`, `U2`, …), so the sheet still shows instead of failing.
 */
function scoresById(row: SkmResponseRow): Record<string, number> {
  const questionnaire = SKM_QUESTIONNAIRES.find((q) => q.version === row.questionnaireVersion)
  if (questionnaire) return decodeScores(questionnaire, row.scores)
  return Object.fromEntries([...row.scores].map((digit, i) => [`U${i + 1}`, Number(digit)]))
}

/** A stored sheet as the screens show it (SkmResponseView): no profile, the scores by element. */
export function surveyView(row: SkmResponseRow): SkmResponseView {
  return {
    id: row.id,
    visitId: row.visitId,
    answeredAt: row.answeredAt,
    source: row.source,
    questionnaireVersion: row.questionnaireVersion,
    scores: scoresById(row),
    comment: row.comment,
  }
}

/** The sheet answered for a visit (on any desk of the office, once synced), or null if none yet. */
export function surveyOfVisit(db: Db, visitId: string): SkmResponseView | null {
  const row = storedSheet(db, visitId)
  return row ? surveyView(row) : null
}
