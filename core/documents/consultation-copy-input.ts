import type { ConsultationDetail } from '../../common/consultations/views'
import type { Db } from '../db'
import type { Drawing } from './compose'
import { officeForDocuments, signatoryOf, stampOf } from './compose'
import type { ConsultationCopyInput } from './consultation-copy'

/**
 * The copy of a consultation's history (seed 000 step 6, issue 12) from the consultation as the desk
 * knows it: the request with the NIK masked, the attachments, the disposition, every step of the
 * case against its standard, the answer and the visits linked; signed by the user printing it.
 */
export function consultationCopyInput(
  db: Db,
  consultation: ConsultationDetail,
  printedBy: string | null,
  drawing: Drawing,
): ConsultationCopyInput {
  const visit = consultation.caseVisit
  const procedure = visit.procedure
  return {
    office: officeForDocuments(db, drawing.withLogo),
    consultationNumber: consultation.number,
    visitNumber: visit.visitNumber,
    procedureName: procedure?.name.id ?? 'Konsultasi',
    sopNumber: procedure?.source.sopNumber ?? null,
    request: {
      channel: consultation.channel,
      receivedAt: consultation.receivedAt,
      reference: consultation.reference === '' ? null : consultation.reference,
      requester: {
        name: consultation.requester.fullName,
        nikMasked: consultation.requester.nikMasked,
        nip: consultation.requester.nip,
        workUnit: consultation.requester.organization,
        position: consultation.requester.position,
        phone: consultation.requester.phone,
        email: consultation.requester.email,
      },
      substance: consultation.subject,
    },
    attachments: consultation.attachments,
    disposition: consultation.assignment
      ? {
          assignee: consultation.assignment.assigneeName,
          assignedBy: consultation.assignment.byName ?? '—',
          at: consultation.assignment.at,
          note: consultation.assignment.note === '' ? null : consultation.assignment.note,
        }
      : null,
    steps: visit.steps.map((step) => {
      const definition = procedure?.steps.find((s) => s.no === step.no)
      return {
        no: step.no,
        activity: definition?.activity.id ?? `Langkah ${step.no}`,
        actor: definition?.actor.id ?? '—',
        startedAt: step.startedAt,
        endedAt: step.endedAt,
        standard: step.standard,
        status: step.status,
        overdue: step.overdue,
        reason: step.reason,
      }
    }),
    answer: consultation.answer
      ? { by: consultation.answer.byName ?? '—', at: consultation.answer.at, text: consultation.answer.text }
      : null,
    visits: consultation.visits.map((linked) => ({
      number: linked.visitNumber,
      at: linked.arrivedAt,
      purpose: linked.purpose,
    })),
    officer: signatoryOf(db, printedBy),
    ...stampOf(drawing),
  }
}
