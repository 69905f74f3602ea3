import { LoketError } from '../../common/errors'
import { localize } from '../../common/localized'
import { SKM_QUESTIONNAIRES, skmQuestionnaire } from '../../common/skm'
import { validationCatalog } from '../../common/validation'
import type { CallInfo, Handler } from '../handler'
import { submitSurvey, surveyOfVisit, surveyView } from './responses'

/**
 * The satisfaction survey's channels (issue 12): the questionnaire, sheets keyed in from paper, a
 * visit's sheet, and the kiosk. Audit entries name the visit, the source and the questionnaire's
 * version, never the PIN or what the respondent wrote.
 */

const signedIn = (call: CallInfo) => {
  // The contract gives these channels to signed-in users only; the dispatcher checked it.
  if (!call.user) throw new LoketError('unauthenticated')
  return call.user
}

/** The questionnaire of `version` (default: the one new surveys are asked under); public for the kiosk. */
export const skmQuestionnaireHandler: Handler<'skm.questionnaire'> = (_ctx, input) => {
  if (input.version !== undefined && !SKM_QUESTIONNAIRES.some((q) => q.version === input.version))
    throw new LoketError('validation_failed', {}, { version: localize(validationCatalog.invalid_choice) })
  return skmQuestionnaire(input.version)
}

/** A sheet keyed in at the desk from the printed form (source `paper`), in the signed-in user's name. */
export const skmSubmit: Handler<'skm.submit'> = (ctx, input, call) => {
  const user = signedIn(call)
  call.audit.detail = {
    visitId: input.visitId,
    source: 'paper',
    questionnaireVersion: skmQuestionnaire().version,
  }
  const { row } = call.write((tx) => {
    const submitted = submitSurvey(tx, input, { userId: user.id, source: 'paper' }, ctx.now())
    call.audit.detail = {
      ...call.audit.detail,
      surveyId: submitted.row.id,
      visitNumber: submitted.visitNumber,
    }
    return submitted
  })
  return surveyView(row)
}

export const skmOfVisit: Handler<'skm.ofVisit'> = (ctx, input) => surveyOfVisit(ctx.db, input.visitId)

/** Opens the kiosk (this window, `here`, or a second screen); the PIN stays out of the audit. */
export const kioskOpen: Handler<'skm.kioskOpen'> = async (ctx, input, call) => {
  const user = signedIn(call)
  call.audit.detail = { visitId: input.visitId, here: input.here }
  const pending = await ctx.kiosk.open(ctx.db, input, { userId: user.id, clientKey: call.clientKey })
  call.audit.detail = { ...call.audit.detail, visitNumber: pending?.number ?? null }
  // Nothing of the kiosk is stored: the dispatcher writes this command's audit entry on its own.
  return ctx.kiosk.state(call.clientKey, ctx.now())
}

export const kioskState: Handler<'skm.kioskState'> = (ctx, _input, call) =>
  ctx.kiosk.state(call.clientKey, ctx.now())

/** The officer names the visit the next kiosk answer is for (null: anonymous). */
export const kioskVisit: Handler<'skm.kioskVisit'> = (ctx, input, call) => {
  call.audit.detail = { visitId: input.visitId }
  const pending = ctx.kiosk.setVisit(ctx.db, input.visitId)
  call.audit.detail = { ...call.audit.detail, visitNumber: pending?.number ?? null }
  return ctx.kiosk.state(call.clientKey, ctx.now())
}

/**
 * A visitor's answers at the open kiosk: public (no one is signed in at a second screen, and the
 * kiosk window's session is put aside), recorded and audited in the name of the kiosk's opener.
 */
export const kioskSubmit: Handler<'skm.kioskSubmit'> = (ctx, input, call) => {
  call.audit.userId = ctx.kiosk.opener()
  call.audit.detail = { source: 'kiosk', questionnaireVersion: skmQuestionnaire().version }
  ctx.kiosk.submit((visitId, openedBy) =>
    call.write((tx) => {
      const submitted = submitSurvey(
        tx,
        { ...input, visitId },
        { userId: openedBy, source: 'kiosk' },
        ctx.now(),
      )
      call.audit.detail = {
        ...call.audit.detail,
        surveyId: submitted.row.id,
        visitId: submitted.row.visitId,
        visitNumber: submitted.visitNumber,
      }
      return submitted
    }),
  )
  return ctx.kiosk.state(call.clientKey, ctx.now())
}

/** Leaves the kiosk with its PIN; a wrong one is audited as refused (kiosk_pin_wrong, kiosk_pin_locked). */
export const kioskClose: Handler<'skm.kioskClose'> = async (ctx, input, call) => {
  call.audit.userId = ctx.kiosk.opener()
  await ctx.kiosk.close(input.pin, ctx.now())
  return ctx.kiosk.state(call.clientKey, ctx.now())
}
