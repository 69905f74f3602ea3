import { LoketError } from '../../common/errors'
import type { Handler } from '../handler'

// Issue 12: the consultations' handlers; the service behind them is being written (core/consultations/*).
const notYet = (): never => {
  throw new LoketError('internal_error')
}
export const registerConsultation: Handler<'consultations.register'> = notYet
export const getConsultation: Handler<'consultations.get'> = notYet
export const listConsultations: Handler<'consultations.list'> = notYet
export const myWork: Handler<'consultations.myWork'> = notYet
export const assignees: Handler<'consultations.assignees'> = notYet
export const assignConsultation: Handler<'consultations.assign'> = notYet
export const answerConsultation: Handler<'consultations.answer'> = notYet
export const advanceConsultation: Handler<'consultations.advance'> = notYet
export const setAttachments: Handler<'consultations.setAttachments'> = notYet
export const consultationOfVisit: Handler<'consultations.ofVisit'> = notYet
export const setVisitConsultation: Handler<'visits.setConsultation'> = notYet
