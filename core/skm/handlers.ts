import { LoketError } from '../../common/errors'
import { skmQuestionnaire } from '../../common/skm'
import type { Handler } from '../handler'

// Issue 12: the survey's handlers; the service behind them is being written (core/skm/*).
const notYet = (): never => {
  throw new LoketError('internal_error')
}
export const skmQuestionnaireHandler: Handler<'skm.questionnaire'> = (_ctx, input) =>
  skmQuestionnaire(input.version)
export const skmSubmit: Handler<'skm.submit'> = notYet
export const skmOfVisit: Handler<'skm.ofVisit'> = notYet
export const kioskOpen: Handler<'skm.kioskOpen'> = notYet
export const kioskState: Handler<'skm.kioskState'> = notYet
export const kioskVisit: Handler<'skm.kioskVisit'> = notYet
export const kioskSubmit: Handler<'skm.kioskSubmit'> = notYet
export const kioskClose: Handler<'skm.kioskClose'> = notYet
