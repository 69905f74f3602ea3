import { and, asc, desc, eq, isNotNull } from 'drizzle-orm'
import { officeInstant } from '../../common/calendar/office-day'
import { maskNik } from '../../common/identity/nik'
import type { Signatory } from '../../common/settings'
import { withDefaults } from '../../common/settings'
import type { VisitView } from '../../common/visits'
import { users, visitStepEvents, visitors, visits } from '../../db/schema'
import type { Db } from '../db'
import { chainHead } from '../audit/chain'
import { readOfficeSettings } from '../settings/repository'
import type { ConsultationNoteInput, NoteComplaint } from './consultation-note'
import type { ComplaintDetail } from '../../common/complaints/views'
import {
  CHANNEL_WORDS,
  CLASS_WORDS,
  EVENT_WORDS,
  EXPECT_WORDS,
  HOLDER_WORDS,
  STAGE_WORDS,
} from '../../common/complaints/labels'
import type { ComplaintReceiptInput } from './complaint-receipt'
import { interpolate } from '../../common/localized'
import type { DailyLogInput, LogLine } from './daily-log'
import type { ReceiptInput } from './receipt'
import type { SkmFormInput } from './skm-form'
import { skmQuestionnaire } from '../../common/skm'
import { deskCodes } from '../visits/view'
import { PURPOSE_WORDS, STATUS_WORDS, standardWords } from './words'

/*
 * What each document shows, gathered from the desk's data (a visit as the visit screen sees it,
 * the office's settings, the office day's visits). Pure reads: the caller numbers, draws and keeps.
 */

/**
 * The office's settings with their defaults, the letterhead logo left out when `withLogo` is false
 * (one pdfkit cannot read: see DocumentEngine.canDraw); throws when setup has not stored them.
 */
export function officeForDocuments(db: Db, withLogo = true) {
  const stored = readOfficeSettings(db)
  if (!stored) throw new Error('documents need the office settings that setup stores')
  const office = withDefaults(stored)
  return withLogo ? office : { ...office, letterheadLogo: null }
}

/** Where a document stands: its number, when it is printed, and whether it is a SALINAN. */
export interface Issue {
  documentNumber: string
  printedAt: number
  copy: boolean
}

/** An issue as it is drawn: with the letterhead's logo, or without one the PDF maker cannot read. */
export type Drawing = Issue & { withLogo: boolean }
/** A drawing's stamp (number, time, copy) without its logo choice, as every document's input takes it. */
export const stampOf = ({ withLogo: _logo, ...issue }: Drawing): Issue => issue

function serviceName(visit: VisitView): string {
  return visit.procedure?.name.id ?? PURPOSE_WORDS[visit.purpose]
}

/** The receipt of a visit (PRODUCT.md: visit and queue numbers, time, purpose, expected time, QR). */
export function receiptInput(db: Db, visit: VisitView, drawing: Drawing): ReceiptInput {
  const office = officeForDocuments(db, drawing.withLogo)
  return {
    office,
    queueNumber: visit.queueNumber,
    visitNumber: visit.visitNumber,
    serviceName: serviceName(visit),
    expectedTime: standardWords(visit.procedure?.totalStandard ?? null),
    visitorName: visit.visitor.fullName,
    arrivedAt: visit.arrivedAt,
    footer: office.receiptFooter || null,
    ...stampOf(drawing),
  }
}

/** The officer who ended (or last worked) the visit: the newest step event that names a user. */
function servingOfficer(db: Db, visitId: string, fallbackUserId: string | null): string | null {
  const event = db
    .select({ userId: visitStepEvents.userId })
    .from(visitStepEvents)
    .where(and(eq(visitStepEvents.visitId, visitId), isNotNull(visitStepEvents.userId)))
    .orderBy(desc(visitStepEvents.at))
    .get()
  return event?.userId ?? fallbackUserId
}

/** A user as they sign: the office's signatory entry for them (title, NIP), else their name alone. */
export function signatoryOf(db: Db, userId: string | null): Signatory {
  const office = officeForDocuments(db)
  const listed = userId ? office.signatories.officers.find((entry) => entry.userId === userId) : undefined
  if (listed) return { name: listed.name, title: listed.title, nip: listed.nip }
  const user = userId
    ? db.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId)).get()
    : undefined
  return { name: user?.fullName ?? '', title: '', nip: '' }
}

/**
 * The catatan konsultasi pelapor of a visit (seed 001, step 4): its steps against their standards,
 * the outcome as what was explained, the follow-up and its date, the serving officer and the head
 * as signatories. `issuedBy` signs when no step names an officer.
 */
export function consultationNoteInput(
  db: Db,
  visit: VisitView,
  issuedBy: string | null,
  drawing: Drawing,
  complaint: ComplaintDetail | null = null,
): ConsultationNoteInput {
  const office = officeForDocuments(db, drawing.withLogo)
  const procedure = visit.procedure
  const running = complaint ? runningHop(complaint) : null
  return {
    office,
    visitNumber: visit.visitNumber,
    procedureName: serviceName(visit),
    sopNumber: procedure?.source.sopNumber ?? null,
    visitorName: visit.visitor.fullName,
    nikMasked: visit.visitor.nikMasked,
    arrivedAt: visit.arrivedAt,
    finishedAt: visit.finishedAt,
    steps: visit.steps.map((step) => ({
      no: step.no,
      activity: procedure?.steps.find((s) => s.no === step.no)?.activity.id ?? `Langkah ${step.no}`,
      startedAt: step.startedAt,
      endedAt: step.endedAt,
      standard: standardWords(step.standard),
      overdue: step.overdue,
      reason: step.reason,
      skipped: step.status === 'skipped',
    })),
    complaint: complaint ? noteComplaint(complaint) : null,
    explained: visit.outcome ?? '—',
    // The officer's own follow-up first; otherwise what the complaint waits for, and by when.
    nextStep: visit.nextStep
      ? {
          text: visit.nextStep,
          deadline: visit.nextStepDue ? officeInstant(visit.nextStepDue, '12:00', office.timeZone) : null,
        }
      : complaint?.stage && running && complaint.stage !== 'closed'
        ? {
            text: interpolate(EXPECT_WORDS[complaint.stage].id, {
              holder: HOLDER_WORDS[running.holder].id,
            }),
            deadline: running.dueAt,
          }
        : null,
    officer: signatoryOf(db, servingOfficer(db, visit.id, issuedBy)),
    head: office.signatories.head,
    ...stampOf(drawing),
  }
}

/** The hop a complaint waits in now: its last, if it has not ended. */
function runningHop(complaint: ComplaintDetail) {
  const last = complaint.hops.at(-1)
  return last && last.endedAt === null ? last : null
}

/** A complaint as the consultation note prints it: numbers, status in words, applied history. */
function noteComplaint(complaint: ComplaintDetail): NoteComplaint {
  const running = runningHop(complaint)
  return {
    number: complaint.number,
    laporTrackingId: complaint.laporTrackingId,
    subject: complaint.subject,
    status:
      complaint.stage && complaint.holder
        ? `${STAGE_WORDS[complaint.stage].id} — ${HOLDER_WORDS[complaint.holder].id}`
        : 'Belum tercatat',
    since: running?.startedAt ?? complaint.hops.at(-1)?.startedAt ?? null,
    // An event set aside (it never fit the chain) changed nothing: the visitor's paper leaves it out.
    history: complaint.events
      .filter((event) => event.refused === null)
      .map((event) => ({
        at: event.at,
        what: EVENT_WORDS[event.kind].id,
        who: [
          event.actor ? `${event.actor}, ${HOLDER_WORDS[event.by].id}` : HOLDER_WORDS[event.by].id,
          ...(event.to ? [`→ ${HOLDER_WORDS[event.to].id}`] : []),
        ].join(' '),
        note: event.note,
      })),
  }
}

/**
 * The receipt of a complaint registered at the desk (issue 11 deliverable 6): its numbers, the
 * complainant, what happens next and by when, from the complaint as the desk knows it.
 */
export function complaintReceiptInput(
  db: Db,
  complaint: ComplaintDetail,
  drawing: Drawing,
): ComplaintReceiptInput {
  const office = officeForDocuments(db, drawing.withLogo)
  const running = runningHop(complaint)
  return {
    office,
    number: complaint.number ?? complaint.laporTrackingId ?? '',
    laporTrackingId: complaint.number ? complaint.laporTrackingId : null,
    complainantName: complaint.complainantName,
    subject: complaint.subject,
    channel: CHANNEL_WORDS[complaint.channel].id,
    classification: CLASS_WORDS[complaint.classification].id,
    reportedAt: complaint.reportedAt,
    next:
      complaint.stage && running
        ? interpolate(EXPECT_WORDS[complaint.stage].id, { holder: HOLDER_WORDS[running.holder].id })
        : 'Pengaduan diterima.',
    dueAt: running?.dueAt ?? null,
    footer: office.receiptFooter || null,
    ...stampOf(drawing),
  }
}

/** The SKM form handed out after a visit (PermenPANRB 14/2017); the respondent's name is left to them. */
export function skmFormInput(db: Db, visit: VisitView, drawing: Drawing): SkmFormInput {
  return {
    office: officeForDocuments(db, drawing.withLogo),
    questionnaire: skmQuestionnaire(),
    visit: { number: visit.visitNumber, startedAt: visit.arrivedAt },
    procedureName: serviceName(visit),
    sopNumber: visit.procedure?.source.sopNumber ?? null,
    respondentName: null,
    ...stampOf(drawing),
  }
}

/** The daily visitor log of an office day (YYYY-MM-DD): every visit of the day in the order they came. */
export function dailyLogInput(db: Db, day: string, drawing: Drawing): DailyLogInput {
  const office = officeForDocuments(db, drawing.withLogo)
  const rows = db
    .select({
      queueNumber: visits.queueNumber,
      visitNumber: visits.visitNumber,
      arrivedAt: visits.arrivedAt,
      purpose: visits.purpose,
      deskId: visits.deskId,
      status: visits.status,
      finishedAt: visits.finishedAt,
      enteredLate: visits.enteredLate,
      visitorName: visitors.fullName,
      nik: visitors.nik,
    })
    .from(visits)
    .innerJoin(visitors, eq(visitors.id, visits.visitorId))
    .where(and(eq(visits.officeDay, day)))
    .orderBy(asc(visits.arrivedAt))
    .all()
  const codes = deskCodes(
    db,
    rows.map((row) => row.deskId),
  )
  const lines: LogLine[] = rows.map((row) => ({
    queueNumber: row.queueNumber,
    visitNumber: row.visitNumber,
    arrivedAt: row.arrivedAt,
    visitorName: row.visitorName,
    nikMasked: row.nik ? maskNik(row.nik) : null,
    service: PURPOSE_WORDS[row.purpose],
    counter: codes.get(row.deskId) ?? null,
    status: STATUS_WORDS[row.status],
    finishedAt: row.finishedAt,
    enteredLate: row.enteredLate,
  }))
  return {
    office,
    day: officeInstant(day, '12:00', office.timeZone),
    lines,
    documentNumber: drawing.documentNumber,
    printedAt: drawing.printedAt,
    auditHead: chainHead(db),
  }
}
