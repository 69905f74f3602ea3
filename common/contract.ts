import { z } from 'zod'
import type { Channel, Topic } from './channels'
import { LoginInput, SessionUser } from './auth'
import type { Role } from './roles'
import { SettingsUpdate, SettingsView, OfficeTimeZone } from './settings'
import { SetupInput } from './setup'
import { EnrollInput, SyncReject, SyncStatus } from './sync-status'
import { HolidayInput, HolidayView, IsoDate } from './holidays'
import { CalendarStatus } from './calendar/status'
import { Procedure } from './procedures'
import {
  ComplaintDetail,
  ComplaintGetInput,
  ComplaintHit,
  ComplaintLinkLaporInput,
  ComplaintLookup,
  ComplaintLookupInput,
  ComplaintOverdue,
  ComplaintOverdueInput,
  ComplaintRegisterAtDesk,
  ComplaintSuggestInput,
  VisitComplaintInput,
} from './complaints/views'
import {
  ConsultationAdvanceInput,
  ConsultationAnswerInput,
  ConsultationAssignInput,
  ConsultationAttachmentsInput,
  ConsultationLinkVisitInput,
  ConsultationRegisterInput,
} from './consultations/consultation'
import {
  Assignee,
  ConsultationDetail,
  ConsultationGetInput,
  ConsultationHit,
  ConsultationListInput,
  MyWork,
} from './consultations/views'
import { IkmInput } from './ikm/periods'
import { IkmReport } from './ikm/report'
import { SkmQuestionnaire } from './skm'
import {
  KioskCloseInput,
  KioskOpenInput,
  KioskState,
  KioskVisitInput,
  SkmAnswers,
  SkmResponseView,
  SkmSubmitInput,
} from './skm-answers'
import {
  DeskPrintSettings,
  DocumentIssueInput,
  DocumentPdf,
  DocumentView,
  PrintInput,
  PrintJobDecision,
  PrintJobView,
  PrintLogEntry,
  PrintersView,
} from './printing'
import {
  IdentityInspectInput,
  IdentityInspectOutput,
  VisitorGetInput,
  VisitorHit,
  VisitorRegisterInput,
  VisitorSearchInput,
  VisitorUpdateInput,
  VisitorView,
} from './visitors'
import {
  Board,
  CallNextInput,
  DisplayState,
  VisitAdvanceInput,
  VisitCancelInput,
  VisitLateInput,
  VisitLookupInput,
  VisitReasonInput,
  VisitStartInput,
  VisitView,
  VisitorVisits,
  VisitorVisitsInput,
} from './visits'

/**
 * Who may call a channel. `public` needs no session (first run, login); `authenticated` needs any
 * signed-in user; a list names the roles allowed. The dispatcher enforces this in the core.
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

export interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
  access: Access
  /** Commands change state and leave an audit entry (also when refused); queries do not. */
  kind: 'query' | 'command'
  /**
   * A command: what it changes, told to every window once it succeeded. A query: what its answer
   * is made of, so a window asks again when one of them changes (TOPICS in common/channels.ts, issue 9).
   */
  topics: readonly Topic[]
}

const define = <I extends z.ZodType, O extends z.ZodType>(def: ChannelDefinition<I, O>) => def

const NoInput = z.object({}).strict()

/** Who registers visitors and starts their visits: the receptionist, and officers at a one-person counter. */
const FRONT_DESK = ['receptionist', 'officer', 'admin'] as const
/**
 * Who records a person's details: the front desk, and the secretariat (staff, a head) recording the
 * requester of a consultation that came by letter or e-mail (issue 12, seed 000 step 2).
 */
const RECORDS_PEOPLE = ['receptionist', 'officer', 'staff', 'head', 'admin'] as const
/** Who calls visitors and works their steps. */
const SERVING = ['officer', 'head', 'admin'] as const

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  needsSetup: z.boolean(),
  officeName: z.string().nullable(),
  deskCode: z.string().nullable(),
  timeZone: OfficeTimeZone.nullable(),
})
export type AppInfo = z.infer<typeof AppInfo>

export const contract = {
  'app.info': define({
    input: NoInput,
    output: AppInfo,
    access: 'public',
    kind: 'query',
    topics: ['office'],
  }),
  'setup.run': define({
    input: SetupInput,
    output: z.object({ username: z.string() }),
    access: 'public',
    kind: 'command',
    topics: ['office', 'users', 'calendar'],
  }),
  'auth.login': define({
    input: LoginInput,
    output: SessionUser,
    access: 'public',
    kind: 'command',
    topics: [],
  }),
  'auth.logout': define({
    input: NoInput,
    output: z.null(),
    access: 'authenticated',
    kind: 'command',
    topics: [],
  }),
  'auth.session': define({
    input: NoInput,
    output: SessionUser.nullable(),
    access: 'public',
    kind: 'query',
    topics: ['users'],
  }),
  /**
   * An administrator of an enrolled desk confirms, with their own password checked by the central
   * server, that they are acting: the office's settings, desk code and calendar are then changed
   * on the server in their name for a few minutes (ARCHITECTURE.md "Trust").
   */
  'admin.confirm': define({
    input: z.object({ password: z.string({ error: 'required' }).min(1, 'required').max(200, 'too_long') }),
    output: z.object({ expiresAt: z.number().int() }),
    access: ['admin'],
    kind: 'command',
    topics: [],
  }),
  'settings.get': define({
    input: NoInput,
    output: SettingsView,
    access: 'authenticated',
    kind: 'query',
    topics: ['office'],
  }),
  'settings.update': define({
    input: SettingsUpdate,
    output: SettingsView,
    access: ['admin'],
    kind: 'command',
    topics: ['office', 'calendar'],
  }),
  'sync.enroll': define({
    input: EnrollInput,
    output: z.object({ officeId: z.string() }),
    access: 'public',
    kind: 'command',
    topics: ['office', 'users', 'calendar', 'sync'],
  }),
  'sync.status': define({
    input: NoInput,
    output: SyncStatus,
    access: 'authenticated',
    kind: 'query',
    topics: ['sync'],
  }),
  'sync.now': define({
    input: NoInput,
    output: SyncStatus,
    access: 'authenticated',
    kind: 'command',
    topics: ['sync'],
  }),
  'sync.rejects': define({
    input: NoInput,
    output: z.array(SyncReject),
    access: ['admin'],
    kind: 'query',
    topics: ['sync'],
  }),

  'identity.inspect': define({
    input: IdentityInspectInput,
    output: IdentityInspectOutput,
    access: 'authenticated',
    kind: 'query',
    topics: [],
  }),
  'visitors.search': define({
    input: VisitorSearchInput,
    output: z.array(VisitorHit),
    access: 'authenticated',
    kind: 'query',
    topics: ['visitors'],
  }),
  'visitors.get': define({
    input: VisitorGetInput,
    output: VisitorView,
    access: 'authenticated',
    kind: 'query',
    topics: ['visitors'],
  }),
  'visitors.register': define({
    input: VisitorRegisterInput,
    output: VisitorView,
    access: RECORDS_PEOPLE,
    kind: 'command',
    topics: ['visitors'],
  }),
  'visitors.update': define({
    input: VisitorUpdateInput,
    output: VisitorView,
    access: RECORDS_PEOPLE,
    kind: 'command',
    topics: ['visitors'],
  }),

  'procedures.list': define({
    input: NoInput,
    output: z.array(Procedure),
    access: 'authenticated',
    kind: 'query',
    topics: [],
  }),

  'visits.start': define({
    input: VisitStartInput,
    output: VisitView,
    access: FRONT_DESK,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.get': define({
    input: VisitLookupInput,
    output: VisitView,
    access: 'authenticated',
    kind: 'query',
    topics: ['visits', 'calendar'],
  }),
  'visits.ofVisitor': define({
    input: VisitorVisitsInput,
    output: VisitorVisits,
    access: 'authenticated',
    kind: 'query',
    topics: ['visits'],
  }),
  'visits.board': define({
    input: NoInput,
    output: Board,
    access: 'authenticated',
    kind: 'query',
    topics: ['visits', 'calendar'],
  }),
  'visits.callNext': define({
    input: CallNextInput,
    output: VisitView,
    access: SERVING,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.call': define({
    input: z.object({ visitId: z.string().min(1) }),
    output: VisitView,
    access: SERVING,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.advance': define({
    input: VisitAdvanceInput,
    output: VisitView,
    access: SERVING,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.reason': define({
    input: VisitReasonInput,
    output: VisitView,
    access: SERVING,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.cancel': define({
    input: VisitCancelInput,
    output: VisitView,
    access: FRONT_DESK,
    kind: 'command',
    topics: ['visits'],
  }),
  'visits.recordLate': define({
    input: VisitLateInput,
    output: VisitView,
    access: FRONT_DESK,
    kind: 'command',
    topics: ['visits'],
  }),
  /** The waiting-room display: queue numbers and counters only, so it needs no signed-in user. */
  'queue.display': define({
    input: NoInput,
    output: DisplayState,
    access: 'public',
    kind: 'query',
    topics: ['visits', 'office'],
  }),

  'holidays.list': define({
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(HolidayView),
    access: 'authenticated',
    kind: 'query',
    topics: ['calendar'],
  }),
  'holidays.save': define({
    input: HolidayInput,
    output: HolidayView,
    access: ['admin'],
    kind: 'command',
    topics: ['calendar'],
  }),
  /** Which years' decrees the office calendar holds, for the administrator's warning. */
  'calendar.status': define({
    input: NoInput,
    output: CalendarStatus,
    access: 'authenticated',
    kind: 'query',
    topics: ['calendar'],
  }),
  'holidays.remove': define({
    input: z.object({ date: IsoDate }),
    output: z.null(),
    access: ['admin'],
    kind: 'command',
    topics: ['calendar'],
  }),

  /**
   * Issue 10: documents are drawn in the core and kept (number, SHA-256, bytes); the screen shows
   * the kept bytes and prints them. Everyone who works the counter prints; only an administrator
   * chooses this PC's printers.
   */
  /** The office's active users, for the administrator naming who signs documents (issue 10). */
  'users.list': define({
    input: NoInput,
    output: z.array(SessionUser),
    access: ['admin'],
    kind: 'query',
    topics: ['users'],
  }),
  'documents.issue': define({
    input: DocumentIssueInput,
    output: DocumentView,
    access: 'authenticated',
    kind: 'command',
    topics: ['printing'],
  }),
  'documents.ofVisit': define({
    input: z.object({ visitId: z.string().min(1).max(64) }),
    output: z.array(DocumentView),
    access: 'authenticated',
    kind: 'query',
    topics: ['printing'],
  }),
  /** A kept document's PDF bytes for the preview: the very bytes the printer gets. */
  'documents.pdf': define({
    input: z.object({ documentId: z.string().min(1).max(64) }),
    output: DocumentPdf,
    access: 'authenticated',
    kind: 'query',
    // A kept document never changes; listed so a preview is asked again after a reprint's event.
    topics: ['printing'],
  }),
  'print.printers': define({
    input: NoInput,
    output: PrintersView,
    access: 'authenticated',
    kind: 'query',
    topics: ['printing'],
  }),
  'print.setup': define({
    input: DeskPrintSettings,
    output: DeskPrintSettings,
    access: ['admin'],
    kind: 'command',
    topics: ['printing'],
  }),
  'print.submit': define({
    input: PrintInput,
    output: PrintJobView,
    access: 'authenticated',
    kind: 'command',
    topics: ['printing'],
  }),
  'print.jobs': define({
    input: NoInput,
    output: z.array(PrintJobView),
    access: 'authenticated',
    kind: 'query',
    topics: ['printing'],
  }),
  'print.decide': define({
    input: PrintJobDecision,
    output: PrintJobView,
    access: 'authenticated',
    kind: 'command',
    topics: ['printing'],
  }),
  'print.log': define({
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(PrintLogEntry),
    access: ['admin', 'staff'],
    kind: 'query',
    topics: ['printing'],
  }),
  /** Issue 11: a complaint by number, LAPOR! ID, visit number (a receipt scanned), NIK, phone or name. */
  'complaints.lookup': define({
    input: ComplaintLookupInput,
    output: ComplaintLookup,
    access: 'authenticated',
    kind: 'query',
    topics: ['complaints', 'visitors', 'visits', 'calendar'],
  }),
  'complaints.get': define({
    input: ComplaintGetInput,
    output: ComplaintDetail,
    access: 'authenticated',
    kind: 'query',
    topics: ['complaints', 'visits', 'calendar', 'office'],
  }),
  /** "Pengaduan baru": registered at the desk with its local number at once. */
  'complaints.register': define({
    input: ComplaintRegisterAtDesk,
    output: ComplaintDetail,
    access: FRONT_DESK,
    kind: 'command',
    topics: ['complaints', 'visits'],
  }),
  'complaints.linkLapor': define({
    input: ComplaintLinkLaporInput,
    output: ComplaintDetail,
    access: FRONT_DESK,
    kind: 'command',
    topics: ['complaints'],
  }),
  /** Open complaints past their hop's deadline, for the officers' board. */
  'complaints.overdue': define({
    input: ComplaintOverdueInput,
    output: ComplaintOverdue,
    access: 'authenticated',
    kind: 'query',
    topics: ['complaints', 'calendar', 'office'],
  }),
  /** Step 4: the complaints a visit is likely about (its visitor's, numbers in its note). */
  'complaints.suggest': define({
    input: ComplaintSuggestInput,
    output: z.array(ComplaintHit),
    access: 'authenticated',
    kind: 'query',
    topics: ['complaints', 'visits'],
  }),
  /** The complaint a visit is about, if any (linked at step 4 or registered during it). */
  'complaints.ofVisit': define({
    input: ComplaintSuggestInput,
    output: ComplaintDetail.nullable(),
    access: 'authenticated',
    kind: 'query',
    topics: ['complaints', 'visits', 'calendar'],
  }),
  /** Step 4: links the visit to the complaint it is about (null unlinks). */
  'visits.setComplaint': define({
    input: VisitComplaintInput,
    output: VisitView,
    access: SERVING,
    kind: 'command',
    topics: ['visits', 'complaints'],
  }),

  /**
   * Issue 12: consultations by letter, e-mail, website, WhatsApp or in person. The secretariat (any
   * desk role) records them; a head assigns; the assignee answers — each step's role is checked in
   * the core (common/consultations/step-roles.ts), not only hidden on screen.
   */
  'consultations.register': define({
    input: ConsultationRegisterInput,
    output: ConsultationDetail,
    access: 'authenticated',
    kind: 'command',
    topics: ['consultations', 'visits'],
  }),
  'consultations.get': define({
    input: ConsultationGetInput,
    output: ConsultationDetail,
    access: 'authenticated',
    kind: 'query',
    topics: ['consultations', 'visits', 'calendar', 'users', 'skm'],
  }),
  'consultations.list': define({
    input: ConsultationListInput,
    output: z.array(ConsultationHit),
    access: 'authenticated',
    kind: 'query',
    topics: ['consultations', 'visits', 'calendar', 'users'],
  }),
  /** The signed-in user's assigned consultations by due date, and for a head the unassigned ones. */
  'consultations.myWork': define({
    input: NoInput,
    output: MyWork,
    access: 'authenticated',
    kind: 'query',
    topics: ['consultations', 'visits', 'calendar', 'users'],
  }),
  'consultations.assignees': define({
    input: NoInput,
    output: z.array(Assignee),
    access: ['head', 'admin'],
    kind: 'query',
    topics: ['consultations', 'users'],
  }),
  'consultations.assign': define({
    input: ConsultationAssignInput,
    output: ConsultationDetail,
    access: ['head', 'admin'],
    kind: 'command',
    topics: ['consultations', 'visits'],
  }),
  'consultations.answer': define({
    input: ConsultationAnswerInput,
    output: ConsultationDetail,
    access: 'authenticated',
    kind: 'command',
    topics: ['consultations', 'visits'],
  }),
  /** Moves the case on from its running step; the step's role is checked in the core. */
  'consultations.advance': define({
    input: ConsultationAdvanceInput,
    output: ConsultationDetail,
    access: 'authenticated',
    kind: 'command',
    topics: ['consultations', 'visits'],
  }),
  'consultations.setAttachments': define({
    input: ConsultationAttachmentsInput,
    output: ConsultationDetail,
    access: 'authenticated',
    kind: 'command',
    topics: ['consultations'],
  }),
  /** The consultation a visit is about (its case, or linked), if any. */
  'consultations.ofVisit': define({
    input: z.object({ visitId: z.string().min(1).max(64) }),
    output: ConsultationHit.nullable(),
    access: 'authenticated',
    kind: 'query',
    topics: ['consultations', 'visits'],
  }),
  'visits.setConsultation': define({
    input: ConsultationLinkVisitInput,
    output: VisitView,
    access: 'authenticated',
    kind: 'command',
    topics: ['visits', 'consultations'],
  }),

  /**
   * Issue 12: the satisfaction survey (SKM). The questionnaire is public data (the kiosk shows it
   * with no one signed in); the kiosk's answers are taken only while a signed-in user has the
   * kiosk open at this desk, for the visit they named, and leaving it takes the PIN they chose.
   */
  'skm.questionnaire': define({
    input: z.object({ version: z.string().max(64).optional() }),
    output: SkmQuestionnaire,
    access: 'public',
    kind: 'query',
    // Shipped with the build (common/skm.ts): it never changes while the desk runs.
    topics: [],
  }),
  'skm.submit': define({
    input: SkmSubmitInput,
    output: SkmResponseView,
    access: 'authenticated',
    kind: 'command',
    topics: ['skm', 'visits', 'consultations'],
  }),
  'skm.ofVisit': define({
    input: z.object({ visitId: z.string().min(1).max(64) }),
    output: SkmResponseView.nullable(),
    access: 'authenticated',
    kind: 'query',
    topics: ['skm'],
  }),
  'skm.kioskOpen': define({
    input: KioskOpenInput,
    output: KioskState,
    access: 'authenticated',
    kind: 'command',
    topics: ['skm'],
  }),
  'skm.kioskState': define({
    input: NoInput,
    output: KioskState,
    access: 'public',
    kind: 'query',
    topics: ['skm'],
  }),
  'skm.kioskVisit': define({
    input: KioskVisitInput,
    output: KioskState,
    access: 'authenticated',
    kind: 'command',
    topics: ['skm'],
  }),
  'skm.kioskSubmit': define({
    input: SkmAnswers,
    output: KioskState,
    access: 'public',
    kind: 'command',
    topics: ['skm', 'visits', 'consultations'],
  }),
  'skm.kioskClose': define({
    input: KioskCloseInput,
    output: KioskState,
    access: 'public',
    kind: 'command',
    topics: ['skm'],
  }),
  /** The IKM per period, per service or for the office (PermenPANRB 14/2017), for those who report on it. */
  'skm.ikm': define({
    input: IkmInput,
    output: IkmReport,
    access: ['admin', 'head', 'staff'],
    kind: 'query',
    topics: ['skm', 'visits'],
  }),
} satisfies { [C in Channel]: ChannelDefinition<z.ZodType, z.ZodType> }

export type Contract = typeof contract
/** What a caller passes (before zod's defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives (after validation and transforms). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
