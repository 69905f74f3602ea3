import type { ChannelInput } from '../../../../common/contract'
import type { SkmProfileAnswer } from '../../../../common/skm-answers'
import type { SkmElement, SkmQuestionnaire } from '../../../../common/skm'

/** The answers as they are typed or touched; `age` is the field's text until it is sent. */
export interface SurveyDraft {
  scores: Readonly<Record<string, number>>
  comment: string
  profile: Omit<SkmProfileAnswer, 'age'> & { age: string }
}

export const EMPTY_DRAFT: SurveyDraft = {
  scores: {},
  comment: '',
  profile: { sex: null, age: '', education: null, occupation: null, occupationOther: '' },
}

/** What the contract takes for the answers (skm.kioskSubmit's input; skm.submit adds the visit). */
export type SurveyAnswers = ChannelInput<'skm.kioskSubmit'>

/** The elements still without an answer, in the questionnaire's order. */
export function missingElements(questionnaire: SkmQuestionnaire, draft: SurveyDraft): SkmElement[] {
  return questionnaire.elements.filter((element) => draft.scores[element.id] === undefined)
}

/**
 * The draft as the contract takes it. An age that is not a whole number goes as it is read
 * (NaN never: a blank stays null), so the core's own check names the field; a specify text is sent
 * only with the choice that asks for it.
 */
export function toAnswers(questionnaire: SkmQuestionnaire, draft: SurveyDraft): SurveyAnswers {
  const { profile } = draft
  const age = profile.age.trim() === '' ? null : Number(profile.age)
  const occupation = questionnaire.profile.occupation.options.find((o) => o.code === profile.occupation)
  return {
    scores: { ...draft.scores },
    comment: draft.comment.trim(),
    profile: {
      sex: profile.sex,
      age: age === null || Number.isFinite(age) ? age : null,
      education: profile.education,
      occupation: profile.occupation,
      occupationOther: occupation?.specify ? profile.occupationOther.trim() : '',
    },
  }
}
