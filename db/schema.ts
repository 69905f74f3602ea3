import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { DOCUMENT_KINDS, PRINT_JOB_STATES } from '../common/printing'
import { HOLIDAY_KINDS } from '../common/holidays'
import { VISIT_CHANNELS, VISIT_PURPOSES } from '../common/procedures'
import { STEP_EVENT_KINDS, VISIT_STATUSES } from '../common/visits'
import { ROLES } from '../common/roles'
import { CHAIN_HOLDERS, COMPLAINT_EVENT_KINDS, COMPLAINT_STAGES } from '../common/complaints/chain'
import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES } from '../common/complaints/complaint'
import { CONSULTATION_CHANNELS } from '../common/consultations/consultation'
import { CONSULTATION_EVENT_KINDS } from '../common/consultations/state'
import { SKM_SOURCES } from '../common/skm-answers'

/**
 * Columns every synced table carries (ARCHITECTURE.md "Data"): the id is a UUIDv7 made on the
 * desk, times are integer milliseconds UTC, `hlc` orders writes across desks, `deleted_at` is a
 * tombstone, `origin_desk` names the desk that wrote the row. A function, so every table gets its
 * own column builders.
 */
const syncColumns = () => ({
  id: text('id').primaryKey(),
  updatedAt: integer('updated_at').notNull(),
  hlc: text('hlc').notNull(),
  deletedAt: integer('deleted_at'),
  originDesk: text('origin_desk').notNull(),
})

/**
 * Append-only history rows (events, audit) sync too, but are only ever inserted: no tombstone and
 * no update time, so they never conflict.
 */
const appendOnlyColumns = () => ({
  id: text('id').primaryKey(),
  hlc: text('hlc').notNull(),
  originDesk: text('origin_desk').notNull(),
})

/** This desk's own bookkeeping (its id, clock, outbox counter, sync cursor). Never synced. */
export const localMeta = sqliteTable('local_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/** Office-wide settings as key/value rows, so two desks changing different settings never collide. */
export const settings = sqliteTable('settings', {
  ...syncColumns(),
  key: text('key').notNull().unique(),
  // JSON; SQL NULL for a setting that is deliberately empty (no letterhead logo).
  value: text('value', { mode: 'json' }),
})

export const desks = sqliteTable('desks', {
  ...syncColumns(),
  officeId: text('office_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  revokedAt: integer('revoked_at'),
})

export const users = sqliteTable('users', {
  ...syncColumns(),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
})

/** Failed sign-ins per username on this desk; local, because a lock-out protects this keyboard. */
export const loginFailures = sqliteTable('login_failures', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at').notNull(),
  lockedUntil: integer('locked_until'),
})

export const visitors = sqliteTable(
  'visitors',
  {
    ...syncColumns(),
    fullName: text('full_name').notNull(),
    nik: text('nik'),
    nip: text('nip'),
    phone: text('phone'),
    email: text('email'),
    organization: text('organization'),
    position: text('position'),
    address: text('address'),
    consentAt: integer('consent_at'),
    firstVisitAt: integer('first_visit_at'),
    lastVisitAt: integer('last_visit_at'),
  },
  (t) => [
    index('visitors_nik').on(t.nik),
    index('visitors_nip').on(t.nip),
    index('visitors_phone').on(t.phone),
  ],
)

export const visits = sqliteTable(
  'visits',
  {
    ...syncColumns(),
    visitorId: text('visitor_id')
      .notNull()
      .references(() => visitors.id),
    visitNumber: text('visit_number').notNull(),
    queueNumber: text('queue_number'),
    purpose: text('purpose', { enum: VISIT_PURPOSES }).notNull(),
    deskId: text('desk_id').notNull(),
    officerId: text('officer_id'),
    status: text('status', { enum: VISIT_STATUSES }).notNull(),
    arrivedAt: integer('arrived_at').notNull(),
    finishedAt: integer('finished_at'),
    outcome: text('outcome'),
    notes: text('notes'),
    enteredLate: integer('entered_late', { mode: 'boolean' }).notNull().default(false),
    /** The procedure (resources/procedures) the case runs through, and the version it started on. */
    procedureId: text('procedure_id'),
    procedureVersion: integer('procedure_version'),
    /** The queue's service letter (`A` of `A-007`). */
    service: text('service'),
    /** The office-local date of arrival: the queue's day, whatever the time zone of the PC. */
    officeDay: text('office_day'),
    channel: text('channel', { enum: VISIT_CHANNELS }).notNull().default('walk_in'),
    /** When the visit was keyed in: later than arrival for visits written on paper first. */
    recordedAt: integer('recorded_at'),
    /** The follow-up the visitor was told of when the visit ended (issue 10), and its due date (YYYY-MM-DD). */
    nextStep: text('next_step'),
    nextStepDue: text('next_step_due'),
    /**
     * The complaint the visit is about (issue 11): the one looked up at step 4 of the inquiry, or the
     * one registered during a "Pengaduan baru" visit. The complaint's visits are found through it.
     */
    complaintId: text('complaint_id'),
    /**
     * The consultation the visit is about (issue 12): its case visit (running the consultation's
     * procedure), or a visit of the requester's linked to it.
     */
    consultationId: text('consultation_id'),
  },
  (t) => [
    uniqueIndex('visits_visit_number').on(t.visitNumber),
    index('visits_visitor').on(t.visitorId),
    index('visits_arrived').on(t.arrivedAt),
    index('visits_office_day').on(t.officeDay, t.status),
    index('visits_complaint').on(t.complaintId),
    index('visits_consultation').on(t.consultationId),
  ],
)

export const visitStepEvents = sqliteTable(
  'visit_step_events',
  {
    ...appendOnlyColumns(),
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id),
    stepNo: integer('step_no').notNull(),
    kind: text('kind', { enum: STEP_EVENT_KINDS }).notNull(),
    at: integer('at').notNull(),
    userId: text('user_id'),
    deskId: text('desk_id').notNull(),
    note: text('note'),
  },
  (t) => [index('visit_step_events_visit').on(t.visitId, t.stepNo)],
)

/** Days off of the office calendar (common/holidays.ts); one row per date, id from office and date. */
export const holidays = sqliteTable(
  'holidays',
  {
    ...syncColumns(),
    date: text('date').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: HOLIDAY_KINDS }).notNull(),
  },
  (t) => [index('holidays_date').on(t.date)],
)

/** Per-day counters of this desk (visit numbers, queue numbers per service). Local, never synced. */
export const dayCounters = sqliteTable(
  'day_counters',
  {
    day: text('day').notNull(),
    name: text('name').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.name] })],
)

/**
 * The visitor search index's stable integer keys (FTS5 rowids). A visitor gets a new, higher key
 * whenever it is written or visits, so `ORDER BY rowid DESC` on the index lists the most recent
 * visitors first without sorting. Local, rebuilt from visitors when needed.
 */
export const visitorSearchKeys = sqliteTable('visitor_search_keys', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  visitorId: text('visitor_id').notNull().unique(),
})

/**
 * Every name term the search index holds (words as written, phonetic keys, pairs, skeletons; not
 * the numbers), so a word still being typed is looked up as the few whole terms it can become
 * instead of by an FTS5 prefix query, which reads the doclists of all of them in full before the
 * first row (issue 8, speed: core/visitors/search.ts). Only grows: a term left by a changed or
 * removed visitor costs a lookup that finds nothing. Local, rebuilt with the index.
 */
export const visitorSearchTerms = sqliteTable('visitor_search_terms', {
  term: text('term').primaryKey(),
})

/**
 * Changes waiting to go up. `seq` rises by exactly one per change on this desk and is assigned in
 * the same transaction as the write it records (SYNC-PROTOCOL.md), so it is the primary key.
 */
export const outbox = sqliteTable('outbox', {
  seq: integer('seq').primaryKey(),
  changeId: text('change_id').notNull().unique(),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
  hlc: text('hlc').notNull(),
  data: text('data', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
})

export const auditLog = sqliteTable(
  'audit_log',
  {
    ...appendOnlyColumns(),
    at: integer('at').notNull(),
    userId: text('user_id'),
    deskId: text('desk_id').notNull(),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    detail: text('detail', { mode: 'json' }),
    /**
     * The hash chain (issue 13; core/audit/chain.ts): the SHA-256 of `detail` as written, the hash
     * of the entry before, and this entry's hash over its fixed fields and `detail_hash`, never
     * `detail` itself, so erasing personal data from a detail never breaks the chain. Null on
     * entries written before the chain began.
     */
    detailHash: text('detail_hash'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_log_at').on(t.at)],
)

/**
 * Changes the central server refused (bad data, unknown table), with its reason. Local: the
 * administrator of this desk sees them; the outbox moved past them so nothing wedges.
 */
export const syncRejects = sqliteTable('sync_rejects', {
  seq: integer('seq').primaryKey(),
  changeId: text('change_id').notNull(),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  /** The refused change's HLC: a change refused for a clock ahead is sent again, re-stamped, if its row still carries it. */
  hlc: text('hlc'),
  data: text('data', { mode: 'json' }).notNull(),
  code: text('code').notNull(),
  message: text('message').notNull(),
  rejectedAt: integer('rejected_at').notNull(),
})

/**
 * Pulled changes this desk could not apply (a row that breaks its table's shape, a table this
 * version does not know, an office row not written by the central server, a clock far ahead, a
 * constraint): kept whole, not dropped, and shown to the administrator; retried on every sync
 * round, so one that becomes applicable (after an update, or once a missing row arrived) lands.
 * Local, never synced.
 */
export const syncHeld = sqliteTable('sync_held', {
  /** The change's place in the server's log. */
  cursor: integer('cursor').primaryKey(),
  changeId: text('change_id').notNull(),
  tableName: text('table_name').notNull(),
  rowId: text('row_id').notNull(),
  originDesk: text('origin_desk').notNull(),
  /** The change as it was pulled. */
  change: text('change', { mode: 'json' }).notNull(),
  code: text('code').notNull(),
  message: text('message').notNull(),
  heldAt: integer('held_at').notNull(),
  attempts: integer('attempts').notNull(),
})

/**
 * Documents as printed (issue 10): drawn once in the core, kept, previewed and printed from the
 * same bytes. Synced up only (docs/SYNC-PROTOCOL.md "Direction of data"): the central server keeps
 * each document's number and SHA-256, so a paper shown at any office can be checked against it;
 * the bytes stay on the desk (`document_files`), since a page of embedded fonts per ticket would
 * crowd the sync. Append-only: a document never changes; a reprint is a new document stamped
 * SALINAN that keeps the number and points at the original (`copy_of`).
 */
export const documents = sqliteTable(
  'documents',
  {
    ...appendOnlyColumns(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    /** `TT/LK1/20261201/0007` (common/printing.ts DOCUMENT_PREFIXES). */
    number: text('number').notNull(),
    visitId: text('visit_id'),
    /** The office day it belongs to (YYYY-MM-DD): the visit's, or the daily log's. */
    officeDay: text('office_day'),
    /** `roll58`, `roll80`, `a5`, `a4`, `a4_landscape`. */
    paper: text('paper').notNull(),
    /** Lower-case hex SHA-256 of the PDF bytes. */
    sha256: text('sha256').notNull(),
    byteLength: integer('byte_length').notNull(),
    copyOf: text('copy_of'),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
    deskId: text('desk_id').notNull(),
  },
  (t) => [index('documents_visit').on(t.visitId, t.kind), index('documents_day').on(t.officeDay, t.kind)],
)

/** Each document's PDF bytes. Local, never synced: what is previewed and printed here. */
export const documentFiles = sqliteTable('document_files', {
  documentId: text('document_id')
    .primaryKey()
    .references(() => documents.id),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
})

/**
 * The print queue (issue 10; RESEARCH.md §1 "Durable queue"): one row a job, its state written
 * before each side effect, so a restart finds every job where it was. Local, never synced: it is
 * this PC's spooler and printers; what was printed goes up in `print_log`.
 */
export const printJobs = sqliteTable(
  'print_jobs',
  {
    id: text('id').primaryKey(),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id),
    printer: text('printer').notNull(),
    /** JSON: the media (core/printing/spooler.ts PrintMedia). */
    options: text('options', { mode: 'json' }).notNull(),
    copies: integer('copies').notNull(),
    reprint: integer('reprint', { mode: 'boolean' }).notNull(),
    state: text('state', { enum: PRINT_JOB_STATES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    spoolerJobId: text('spooler_job_id'),
    lastError: text('last_error'),
    /** When the queue may try a waiting job again (ms UTC); null: at once. */
    nextAttemptAt: integer('next_attempt_at'),
    requestedBy: text('requested_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('print_jobs_state').on(t.state, t.printer)],
)

/**
 * Every print (issue 10; PRODUCT.md "Print log"): who, what, which printer, how many copies, a
 * reprint or not; written when the spooler took the job. Append-only, synced up like the audit log.
 */
export const printLog = sqliteTable(
  'print_log',
  {
    ...appendOnlyColumns(),
    at: integer('at').notNull(),
    userId: text('user_id'),
    deskId: text('desk_id').notNull(),
    documentId: text('document_id').notNull(),
    documentNumber: text('document_number').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    printer: text('printer').notNull(),
    copies: integer('copies').notNull(),
    reprint: integer('reprint', { mode: 'boolean' }).notNull(),
    jobId: text('job_id').notNull(),
  },
  (t) => [index('print_log_at').on(t.at), index('print_log_document').on(t.documentId)],
)

/**
 * Complaints (issue 11; PRODUCT.md "Complaint"): the record; where it stands along the SP4N-LAPOR!
 * chain is derived from `complaint_events` (common/complaints/chain.ts), never stored here, so
 * events from two desks and the centre never overwrite each other. Synced down to every desk of the
 * office; a desk writes only the walk-in complaints it registered (`desk_id`), the central server
 * the rest (docs/SYNC-PROTOCOL.md "Direction of data").
 */
export const complaints = sqliteTable(
  'complaints',
  {
    ...syncColumns(),
    /** The local number (`ADU-LK1-20261201-0001`); null for a complaint known only by its LAPOR! ID. */
    number: text('number'),
    /** SP4N-LAPOR!'s tracking ID, opaque; linked later for a complaint registered at a desk. */
    laporTrackingId: text('lapor_tracking_id'),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    classification: text('classification', { enum: COMPLAINT_CLASSES }).notNull(),
    category: text('category').notNull().default(''),
    subject: text('subject').notNull(),
    /** The complainant as a registered visitor, when they are one. */
    visitorId: text('visitor_id'),
    /** The complainant's name as given (a visitor's full name when registered), and NIK and phone if known. */
    complainantName: text('complainant_name').notNull(),
    complainantNik: text('complainant_nik'),
    complainantPhone: text('complainant_phone'),
    /** When the report came in, ms UTC. */
    reportedAt: integer('reported_at').notNull(),
    /** The desk that registered it, or `central`. */
    deskId: text('desk_id').notNull(),
    /** The visit it was registered during ("Pengaduan baru"), if any. */
    visitId: text('visit_id'),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('complaints_number').on(t.number),
    index('complaints_lapor').on(t.laporTrackingId),
    index('complaints_visitor').on(t.visitorId),
    index('complaints_nik').on(t.complainantNik),
    index('complaints_phone').on(t.complainantPhone),
  ],
)

/**
 * A complaint's status and disposition events along seed 004's chain (common/complaints/chain.ts):
 * who (`actor`, the person; `by`, the holder acting), when, from whom to whom, and a note.
 * Append-only and synced down to every desk: a desk writes only the `reported` event of a complaint
 * it registered; the chain's later events come from the centre.
 */
export const complaintEvents = sqliteTable(
  'complaint_events',
  {
    ...appendOnlyColumns(),
    complaintId: text('complaint_id').notNull(),
    kind: text('kind', { enum: COMPLAINT_EVENT_KINDS }).notNull(),
    /** When it happened, ms UTC (not when it was keyed in or synced). */
    at: integer('at').notNull(),
    by: text('by', { enum: CHAIN_HOLDERS }).notNull(),
    to: text('to', { enum: CHAIN_HOLDERS }),
    /** The person who acted, as named by the source (a user's name, LAPOR!'s administrator). */
    actor: text('actor'),
    note: text('note'),
    /** The desk that recorded it, or `central`. */
    deskId: text('desk_id').notNull(),
    userId: text('user_id'),
  },
  (t) => [index('complaint_events_complaint').on(t.complaintId, t.at)],
)

/**
 * Where each complaint stands now, folded from its events (common/complaints/deadlines.ts) and
 * refreshed whenever one of its events or the office's deadline table lands. Local, derived, never
 * synced: it lets the lookup show a status and the officers' board list overdue complaints without
 * folding a million histories.
 */
export const complaintStates = sqliteTable(
  'complaint_states',
  {
    complaintId: text('complaint_id').primaryKey(),
    /** Null stage: no event yet (a complaint whose report event has not arrived). */
    stage: text('stage', { enum: COMPLAINT_STAGES }),
    holder: text('holder', { enum: CHAIN_HOLDERS }),
    /** When the running hop began, ms UTC. */
    since: integer('since'),
    /** When the running hop is due, ms UTC; null when it has no standard or the complaint is closed. */
    dueAt: integer('due_at'),
    /** How many events came in, applied or set aside. */
    events: integer('events').notNull(),
  },
  (t) => [index('complaint_states_due').on(t.dueAt)],
)

/**
 * The complainants' names as search terms (the visitor search's rules, common/search/name-keys.ts),
 * so a complaint whose complainant is a name alone is found by name like a visitor. Local, derived.
 */
export const complaintNameKeys = sqliteTable(
  'complaint_name_keys',
  {
    key: text('key').notNull(),
    complaintId: text('complaint_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.complaintId] })],
)

/**
 * Consultations (issue 12; PRODUCT.md "Consultation"; seeds 000, 002, 003): the request as the desk
 * recorded it, and the case visit that runs its procedure's timed steps. The assignment and the
 * answer are `consultation_events`. Synced both ways and down to every desk of the office, since
 * the team member assigned may sit at another desk; the request's record is changed only by the
 * desk that registered it (server/sync/admit.ts).
 */
export const consultations = sqliteTable(
  'consultations',
  {
    ...syncColumns(),
    /** `KON-LK1-20261201-0001`, per desk per office day. */
    number: text('number').notNull(),
    channel: text('channel', { enum: CONSULTATION_CHANNELS }).notNull(),
    /** The requester: a registered visitor (name, NIK/NIP, work unit, position, phone, e-mail). */
    visitorId: text('visitor_id').notNull(),
    /** The substance of the matter (substansi permasalahan). */
    subject: text('subject').notNull(),
    /** What the request is filed by: the letter's number, the e-mail's subject. */
    reference: text('reference').notNull().default(''),
    /** When the letter or message came in, ms UTC. */
    receivedAt: integer('received_at').notNull(),
    /** The attachments received, as common/consultations/consultation.ts Attachments (JSON). */
    attachments: text('attachments', { mode: 'json' }).notNull(),
    /** The visit that runs the procedure (visits.consultation_id points back). */
    caseVisitId: text('case_visit_id').notNull(),
    /** The desk that registered it: only it changes this row. */
    deskId: text('desk_id').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('consultations_number').on(t.number),
    index('consultations_visitor').on(t.visitorId),
    index('consultations_case').on(t.caseVisitId),
    index('consultations_received').on(t.receivedAt),
  ],
)

/**
 * A consultation's assignment (disposisi: who, by whom, the note) and answer, append-only and
 * synced down to every desk: folded by common/consultations/state.ts, so a head's disposition at
 * one desk and the answer at another never overwrite each other.
 */
export const consultationEvents = sqliteTable(
  'consultation_events',
  {
    ...appendOnlyColumns(),
    consultationId: text('consultation_id').notNull(),
    kind: text('kind', { enum: CONSULTATION_EVENT_KINDS }).notNull(),
    /** When it happened, ms UTC. */
    at: integer('at').notNull(),
    userId: text('user_id'),
    deskId: text('desk_id').notNull(),
    /** `assigned`: the team member. */
    assigneeId: text('assignee_id'),
    /** `assigned`: the disposition note; `answered`: the answer. */
    note: text('note'),
  },
  (t) => [
    index('consultation_events_consultation').on(t.consultationId, t.at),
    index('consultation_events_assignee').on(t.assigneeId),
  ],
)

/**
 * Satisfaction survey answer sheets (SKM, PermenPANRB 14/2017; issue 12): one per visit at most
 * (the id of a visit's sheet is derived from the visit's, so two desks cannot count it twice), or
 * anonymous with no visit. Scores are one digit per element in the questionnaire's order
 * (common/skm-answers.ts encodeScores), read back under `questionnaire_version`. Synced up and down
 * to every desk, so each desk reports the office's IKM.
 */
export const skmResponses = sqliteTable(
  'skm_responses',
  {
    ...syncColumns(),
    visitId: text('visit_id'),
    /** The service answered about: the visit's procedure; null for an anonymous sheet of no service. */
    procedureId: text('procedure_id'),
    questionnaireVersion: text('questionnaire_version').notNull(),
    scores: text('scores').notNull(),
    comment: text('comment').notNull().default(''),
    sex: text('sex'),
    age: integer('age'),
    education: text('education'),
    occupation: text('occupation'),
    occupationOther: text('occupation_other'),
    source: text('source', { enum: SKM_SOURCES }).notNull(),
    /** When it was answered, ms UTC, and its office-local date (the IKM's periods). */
    answeredAt: integer('answered_at').notNull(),
    officeDay: text('office_day').notNull(),
    deskId: text('desk_id').notNull(),
    /** Who keyed it in, or who opened the kiosk it was answered at. */
    userId: text('user_id'),
  },
  (t) => [
    index('skm_responses_visit').on(t.visitId),
    index('skm_responses_day').on(t.officeDay),
    index('skm_responses_procedure_day').on(t.procedureId, t.officeDay),
  ],
)

/**
 * The survey's answers summed per office day, service and questionnaire version (issue 12): how
 * many sheets, and each element's sum (`s1` the first element in the questionnaire's order; common/skm.ts MAX_SKM_ELEMENTS). Local
 * and derived, never synced: kept exact by triggers on skm_responses (migration 0007) whichever
 * path writes a sheet — the desk's own entry, a pulled change, a tombstone — so a year's IKM reads a
 * few thousand rows instead of summing nine digits of 250,000 sheets. `procedure_id` is '' for a
 * sheet of no service.
 */
export const skmDaySums = sqliteTable(
  'skm_day_sums',
  {
    officeDay: text('office_day').notNull(),
    procedureId: text('procedure_id').notNull(),
    questionnaireVersion: text('questionnaire_version').notNull(),
    respondents: integer('respondents').notNull().default(0),
    s1: integer('s1').notNull().default(0),
    s2: integer('s2').notNull().default(0),
    s3: integer('s3').notNull().default(0),
    s4: integer('s4').notNull().default(0),
    s5: integer('s5').notNull().default(0),
    s6: integer('s6').notNull().default(0),
    s7: integer('s7').notNull().default(0),
    s8: integer('s8').notNull().default(0),
    s9: integer('s9').notNull().default(0),
    s10: integer('s10').notNull().default(0),
    s11: integer('s11').notNull().default(0),
    s12: integer('s12').notNull().default(0),
    s13: integer('s13').notNull().default(0),
    s14: integer('s14').notNull().default(0),
    s15: integer('s15').notNull().default(0),
    s16: integer('s16').notNull().default(0),
    s17: integer('s17').notNull().default(0),
    s18: integer('s18').notNull().default(0),
    s19: integer('s19').notNull().default(0),
    s20: integer('s20').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.officeDay, t.procedureId, t.questionnaireVersion] })],
)
