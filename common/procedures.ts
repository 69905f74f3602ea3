import { z } from 'zod'
import { StandardTime } from './calendar/working-time'
import { LocalizedText } from './localized'

/** Why a visitor came (PRODUCT.md "What is recorded"). */
export const VISIT_PURPOSES = [
  'complaint_progress',
  'new_complaint',
  'consultation',
  'information',
  'other',
] as const
export const VisitPurpose = z.enum(VISIT_PURPOSES, { error: 'invalid_choice' })
export type VisitPurpose = z.infer<typeof VisitPurpose>

/** How a case reached the office; walk-ins queue, the others are worked from the desk. */
export const VISIT_CHANNELS = ['walk_in', 'letter', 'email', 'website', 'whatsapp'] as const
export const VisitChannel = z.enum(VISIT_CHANNELS, { error: 'invalid_choice' })
export type VisitChannel = z.infer<typeof VisitChannel>

/** A queue's service letter: `A` of `A-007`. */
export const ServiceLetter = z.string().regex(/^[A-Z]$/)

/**
 * The queue a walk-in joins when no SOP covers its purpose (an information request, say): the
 * complaint queue A and the consultation queue B of the built-in procedures, C for the rest.
 */
export const SERVICE_OF_PURPOSE: Record<VisitPurpose, string> = {
  complaint_progress: 'A',
  new_complaint: 'A',
  consultation: 'B',
  information: 'C',
  other: 'C',
}

/**
 * Who acts in a step, as a role of the desk (issue 12: "each step's actor a role"):
 * - `requester`: the person served (pengguna jasa); the desk records what they did;
 * - `desk`: whoever works the counter or the secretariat (tim sekretariat, customer service);
 * - `head`: the head who assigns (Kepala Bagian Umum dan RT, seed 000 step 3);
 * - `assignee`: the team member assigned (anggota tim pelaksana, seed 000 step 5; the consultant, seed 002 step 3).
 * Who may end each kind of step is common/consultations/step-roles.ts's rule.
 */
export const STEP_ROLES = ['requester', 'desk', 'head', 'assignee'] as const
export const StepRole = z.enum(STEP_ROLES)
export type StepRole = z.infer<typeof StepRole>

/**
 * What ends a step, where it is not a plain "next": the assignment (disposisi), the answer, or the
 * satisfaction form coming back (seed 000 steps 3, 5 and 7). Such a step ends only by its action,
 * so no consultation passes the step without its disposition or answer on record.
 */
export const STEP_ACTIONS = ['assign', 'answer', 'survey'] as const
export const StepAction = z.enum(STEP_ACTIONS)
export type StepAction = z.infer<typeof StepAction>

/**
 * One row of an SOP's table: the activity, who does it, and its mutu baku — what must be at hand
 * (kelengkapan), the standard time (waktu) and what it produces (output).
 */
export const ProcedureStep = z.object({
  no: z.number().int().positive(),
  activity: LocalizedText,
  actor: LocalizedText,
  kelengkapan: LocalizedText,
  /** Null where the SOP gives only the whole procedure's time (seed 003). */
  standard: StandardTime.nullable(),
  output: LocalizedText,
  /** The visitor waits in the waiting room; the step ends when the queue calls them. */
  waiting: z.boolean().default(false),
  /** Taken only when the case is not resolved before it (seed 003: division, then head of office). */
  escalation: z.boolean().default(false),
  /** The actor as a role of the desk; `desk` where the SOP's actor is the counter or secretariat. */
  role: StepRole.default('desk'),
  /** The action that ends this step, if not a plain "next". */
  action: StepAction.nullable().default(null),
})
export type ProcedureStep = z.infer<typeof ProcedureStep>

/** An SOP as versioned data (resources/procedures/*.json). */
export const Procedure = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The seed it was taken from (`001`). */
    code: z.string(),
    version: z.number().int().positive(),
    name: LocalizedText,
    source: z.object({
      issuer: z.string(),
      title: z.string(),
      sopNumber: z.string().nullable(),
      effective: z.string().nullable(),
    }),
    purpose: VisitPurpose,
    channel: VisitChannel,
    /** The queue's service letter; walk-in procedures only. */
    service: ServiceLetter.nullable(),
    /** The SOP's time for the whole procedure, where it states one. */
    totalStandard: StandardTime.nullable(),
    steps: z.array(ProcedureStep).min(1),
  })
  .superRefine((procedure, ctx) => {
    procedure.steps.forEach((step, index) => {
      if (step.no !== index + 1)
        ctx.addIssue({ code: 'custom', message: `step ${index + 1} is numbered ${step.no}` })
    })
    if (procedure.channel === 'walk_in' && !procedure.service) {
      ctx.addIssue({ code: 'custom', message: 'a walk-in procedure needs a queue service letter' })
    }
    if (procedure.steps.at(-1)?.escalation) {
      ctx.addIssue({ code: 'custom', message: 'the last step cannot be an escalation' })
    }
    if (procedure.steps.slice(1).some((step) => step.waiting)) {
      ctx.addIssue({ code: 'custom', message: 'only the first step can be the waiting step' })
    }
  })
export type Procedure = z.infer<typeof Procedure>
