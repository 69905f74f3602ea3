import { z } from 'zod'
import { StepRole, VisitPurpose } from '../procedures'
import { VisitStatus, VisitView } from '../visits'
import { Attachment, ConsultationChannel } from './consultation'
import { CONSULTATION_EVENT_KINDS, CONSULTATION_STATUSES } from './state'

/**
 * What the desk's screens ask of consultations and get back (issue 12): a consultation in a list,
 * whole, and an officer's or head's work list. Times are ms UTC.
 */

const Id = z.string().min(1).max(64)
const Localized = z.object({ id: z.string(), en: z.string() })

/** One consultation in a list: enough to pick it, with where it stands and when it falls due. */
export const ConsultationHit = z.object({
  id: z.string(),
  number: z.string(),
  channel: ConsultationChannel,
  subject: z.string(),
  requesterName: z.string(),
  visitorId: z.string(),
  receivedAt: z.number(),
  status: z.enum(CONSULTATION_STATUSES),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  caseVisitId: z.string(),
  caseVisitNumber: z.string(),
  procedureName: Localized.nullable(),
  /** The running step of the case, its actor's role and activity; null once closed. */
  currentStep: z.number().int().nullable(),
  currentRole: StepRole.nullable(),
  currentActivity: Localized.nullable(),
  currentDueAt: z.number().nullable(),
  /**
   * When the answer is due: the answer step's own due time once it runs, else its standard counted
   * from the assignment (seed 000 step 5: 3 working days); null before assignment or once answered.
   */
  answerDueAt: z.number().nullable(),
  /** The case's running step, or the answer, is past its standard. */
  overdue: z.boolean(),
})
export type ConsultationHit = z.infer<typeof ConsultationHit>

export const ConsultationEventView = z.object({
  id: z.string(),
  kind: z.enum(CONSULTATION_EVENT_KINDS),
  at: z.number(),
  userName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  note: z.string().nullable(),
})
export type ConsultationEventView = z.infer<typeof ConsultationEventView>

/** A consultation whole: the request, the requester, the disposition, the answer, its case and visits. */
export const ConsultationDetail = ConsultationHit.extend({
  reference: z.string(),
  attachments: z.array(Attachment),
  requester: z.object({
    fullName: z.string(),
    nikMasked: z.string().nullable(),
    nip: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    organization: z.string().nullable(),
    position: z.string().nullable(),
  }),
  assignment: z
    .object({
      assigneeId: z.string(),
      assigneeName: z.string(),
      byName: z.string().nullable(),
      at: z.number(),
      note: z.string(),
    })
    .nullable(),
  answer: z.object({ text: z.string(), byName: z.string().nullable(), at: z.number() }).nullable(),
  events: z.array(ConsultationEventView),
  /** The visit that runs the consultation's procedure, with its timed steps. */
  caseVisit: VisitView,
  /** Other visits about it (the requester came to ask). */
  visits: z.array(
    z.object({
      id: z.string(),
      visitNumber: z.string(),
      arrivedAt: z.number(),
      purpose: VisitPurpose,
      status: VisitStatus,
    }),
  ),
  /** Registered at this desk: only this desk edits the request's record (its attachments). */
  ownDesk: z.boolean(),
  /** The satisfaction survey of the case, once answered. */
  survey: z.object({ answeredAt: z.number(), source: z.string() }).nullable(),
  /** What the signed-in user may do now, as the core would allow it. */
  may: z.object({ assign: z.boolean(), answer: z.boolean(), advance: z.boolean() }),
})
export type ConsultationDetail = z.infer<typeof ConsultationDetail>

export const ConsultationGetInput = z.object({ id: Id })

export const ConsultationListInput = z.object({
  /** Number, requester's name or words of the subject; empty lists the newest. */
  query: z.string().max(200).default(''),
  open: z.boolean().default(true),
  limit: z.number().int().min(1).max(200).default(50),
})

/**
 * An officer's work (issue 12 "My work"): the consultations assigned to them by when the answer is
 * due — past due, today, the next working day, later — and, for a head, the unassigned ones.
 */
export const MyWork = z.object({
  overdue: z.array(ConsultationHit),
  today: z.array(ConsultationHit),
  tomorrow: z.array(ConsultationHit),
  later: z.array(ConsultationHit),
  /** The office day the "tomorrow" list is of: the next working day (Monday after a Friday). */
  tomorrowDay: z.string(),
  /** The unassigned open consultations; filled only for those who assign. */
  unassigned: z.array(ConsultationHit),
  assigns: z.boolean(),
})
export type MyWork = z.infer<typeof MyWork>

/** A team member a head may assign. */
export const Assignee = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.string(),
  open: z.number().int(),
})
export type Assignee = z.infer<typeof Assignee>
