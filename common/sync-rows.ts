import { z } from 'zod'
import { CHAIN_HOLDERS, COMPLAINT_EVENT_KINDS } from './complaints/chain'
import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES } from './complaints/complaint'
import { CONSULTATION_CHANNELS, MAX_ATTACHMENTS } from './consultations/consultation'
import { CONSULTATION_EVENT_KINDS } from './consultations/state'
import { SKM_SOURCES } from './skm-answers'
import { HOLIDAY_KINDS } from './holidays'
import { MAX_SCRYPT_HASH_LENGTH, parseScryptHash } from './password-format'
import { VISIT_CHANNELS, VISIT_PURPOSES } from './procedures'
import { DOCUMENT_KINDS, MAX_COPIES } from './printing'
import { ROLES } from './roles'
import type { SyncedTable } from './sync-protocol'
import { SafeJson, SafeString } from './text'
import { STEP_EVENT_KINDS, VISIT_STATUSES } from './visits'

/**
 * The shape of each synced table's row as it travels in a change's `data` (the desk's column
 * names, db/schema.ts), checked by the central server before it stores a pushed change and by a
 * desk before it applies a pulled one (ARCHITECTURE.md "Trust": every boundary validates).
 *
 * Keys are the drizzle columns; a unit test (tests/unit/db/sync-rows.test.ts) keeps them equal to
 * db/schema.ts, and a column is required exactly when the desk's insert needs it (NOT NULL without
 * a default). Columns added later are nullable or defaulted, so rows from the previous desk schema
 * version — and outbox entries written before a desk upgraded — still pass. Unknown keys are
 * refused (strict objects): nothing unchecked, however deeply nested, rides along to other desks.
 * Every string is safe text (common/text.ts) and bounded.
 */
const Text = (max: number) => SafeString.max(max)
const OptionalText = (max: number) => Text(max).nullable().optional()
/** Row ids (UUIDs made on desks, `central`, ids derived from office and date or key). */
export const RowId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'invalid')
/** Milliseconds UTC, from 1970 to the end of year 9999. */
const Millis = z.number().int().min(0).max(253_402_300_799_999)
const OptionalMillis = Millis.nullable().optional()
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format')
/** A SHA-256 in lower-case hex (the audit chain's hashes). */
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'invalid')

/** The sync columns: the change envelope is authoritative for them, so a row may leave them out. */
const stateColumns = {
  id: RowId.optional(),
  updatedAt: Millis.optional(),
  hlc: Text(120).optional(),
  deletedAt: OptionalMillis,
  originDesk: RowId.optional(),
}
const appendColumns = { id: RowId.optional(), hlc: Text(120).optional(), originDesk: RowId.optional() }

/** A password hash whose scrypt cost stays within fixed bounds (password-format.ts). */
const PasswordHash = z
  .string()
  .max(MAX_SCRYPT_HASH_LENGTH)
  .refine((hash) => parseScryptHash(hash) !== null, 'invalid')

export const SYNC_ROWS = {
  settings: z.strictObject({ ...stateColumns, key: Text(64), value: SafeJson(4).optional() }),
  desks: z.strictObject({
    ...stateColumns,
    officeId: RowId,
    code: Text(16),
    name: Text(120),
    revokedAt: OptionalMillis,
  }),
  users: z.strictObject({
    ...stateColumns,
    username: Text(64),
    fullName: Text(200),
    role: z.enum(ROLES),
    passwordHash: PasswordHash,
    active: z.boolean().optional(),
  }),
  visitors: z.strictObject({
    ...stateColumns,
    fullName: Text(200),
    nik: z
      .string()
      .regex(/^\d{16}$/, 'nik_format')
      .nullable()
      .optional(),
    nip: z
      .string()
      .regex(/^\d{18}$/, 'nip_format')
      .nullable()
      .optional(),
    phone: OptionalText(32),
    email: OptionalText(254),
    organization: OptionalText(200),
    position: OptionalText(200),
    address: OptionalText(1000),
    consentAt: OptionalMillis,
    firstVisitAt: OptionalMillis,
    lastVisitAt: OptionalMillis,
  }),
  visits: z.strictObject({
    ...stateColumns,
    visitorId: RowId,
    visitNumber: Text(40),
    queueNumber: OptionalText(16),
    purpose: z.enum(VISIT_PURPOSES),
    deskId: RowId,
    officerId: RowId.nullable().optional(),
    status: z.enum(VISIT_STATUSES),
    arrivedAt: Millis,
    finishedAt: OptionalMillis,
    outcome: OptionalText(4000),
    notes: OptionalText(4000),
    enteredLate: z.boolean().optional(),
    procedureId: OptionalText(64),
    procedureVersion: z.number().int().min(0).max(1_000_000).nullable().optional(),
    service: OptionalText(8),
    officeDay: Day.nullable().optional(),
    channel: z.enum(VISIT_CHANNELS).optional(),
    recordedAt: OptionalMillis,
    nextStep: OptionalText(1000),
    nextStepDue: Day.nullable().optional(),
    complaintId: RowId.nullable().optional(),
    consultationId: RowId.nullable().optional(),
  }),
  visit_step_events: z.strictObject({
    ...appendColumns,
    visitId: RowId,
    stepNo: z.number().int().min(0).max(1000),
    kind: z.enum(STEP_EVENT_KINDS),
    at: Millis,
    userId: RowId.nullable().optional(),
    deskId: RowId,
    note: OptionalText(4000),
  }),
  audit_log: z.strictObject({
    ...appendColumns,
    at: Millis,
    userId: RowId.nullable().optional(),
    deskId: RowId,
    action: Text(120),
    outcome: Text(120),
    detail: SafeJson(4).optional(),
    detailHash: Sha256.nullable().optional(),
    prevHash: Sha256.nullable().optional(),
    hash: Sha256.nullable().optional(),
  }),
  holidays: z.strictObject({
    ...stateColumns,
    date: Day,
    name: Text(200),
    kind: z.enum(HOLIDAY_KINDS),
  }),
  documents: z.strictObject({
    ...appendColumns,
    kind: z.enum(DOCUMENT_KINDS),
    number: Text(60),
    visitId: RowId.nullable().optional(),
    officeDay: Day.nullable().optional(),
    paper: Text(20),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'invalid'),
    byteLength: z
      .number()
      .int()
      .min(1)
      .max(512 * 1024 * 1024),
    copyOf: RowId.nullable().optional(),
    createdAt: Millis,
    createdBy: RowId.nullable().optional(),
    deskId: RowId,
  }),
  print_log: z.strictObject({
    ...appendColumns,
    at: Millis,
    userId: RowId.nullable().optional(),
    deskId: RowId,
    documentId: RowId,
    documentNumber: Text(60),
    kind: z.enum(DOCUMENT_KINDS),
    printer: Text(200),
    copies: z.number().int().min(1).max(MAX_COPIES),
    reprint: z.boolean(),
    jobId: RowId,
  }),
  complaints: z
    .strictObject({
      ...stateColumns,
      number: OptionalText(40),
      laporTrackingId: OptionalText(64),
      channel: z.enum(COMPLAINT_CHANNELS),
      classification: z.enum(COMPLAINT_CLASSES),
      category: Text(120).optional(),
      subject: Text(2000),
      visitorId: RowId.nullable().optional(),
      complainantName: Text(200),
      complainantNik: z
        .string()
        .regex(/^\d{16}$/, 'nik_format')
        .nullable()
        .optional(),
      complainantPhone: OptionalText(32),
      reportedAt: Millis,
      deskId: RowId,
      visitId: RowId.nullable().optional(),
      createdBy: RowId.nullable().optional(),
    })
    // A complaint is always found by some tracking number: its local one, LAPOR!'s, or both.
    .refine((row) => Boolean(row.number) || Boolean(row.laporTrackingId), {
      message: 'tracking_number_required',
      path: ['number'],
    }),
  complaint_events: z.strictObject({
    ...appendColumns,
    complaintId: RowId,
    kind: z.enum(COMPLAINT_EVENT_KINDS),
    at: Millis,
    by: z.enum(CHAIN_HOLDERS),
    to: z.enum(CHAIN_HOLDERS).nullable().optional(),
    actor: OptionalText(200),
    note: OptionalText(4000),
    deskId: RowId,
    userId: RowId.nullable().optional(),
  }),
  consultations: z.strictObject({
    ...stateColumns,
    number: Text(40),
    channel: z.enum(CONSULTATION_CHANNELS),
    visitorId: RowId,
    subject: Text(4000),
    reference: Text(200).optional(),
    receivedAt: Millis,
    attachments: z
      .array(
        z.strictObject({ description: Text(200), pages: z.number().int().min(1).max(10_000).nullable() }),
      )
      .max(MAX_ATTACHMENTS),
    caseVisitId: RowId,
    deskId: RowId,
    createdBy: RowId.nullable().optional(),
  }),
  consultation_events: z.strictObject({
    ...appendColumns,
    consultationId: RowId,
    kind: z.enum(CONSULTATION_EVENT_KINDS),
    at: Millis,
    userId: RowId.nullable().optional(),
    deskId: RowId,
    assigneeId: RowId.nullable().optional(),
    note: OptionalText(20_000),
  }),
  skm_responses: z.strictObject({
    ...stateColumns,
    visitId: RowId.nullable().optional(),
    procedureId: OptionalText(64),
    questionnaireVersion: Text(64),
    // One digit per element (common/skm-answers.ts encodeScores); the questionnaire's own check is the core's.
    scores: z.string().regex(/^[0-9]{1,20}$/, 'scores_format'),
    comment: Text(2000).optional(),
    sex: OptionalText(24),
    age: z.number().int().min(0).max(150).nullable().optional(),
    education: OptionalText(24),
    occupation: OptionalText(24),
    occupationOther: OptionalText(120),
    source: z.enum(SKM_SOURCES),
    answeredAt: Millis,
    officeDay: Day,
    deskId: RowId,
    userId: RowId.nullable().optional(),
  }),
} satisfies Record<SyncedTable, z.ZodType>

/** The first problem of a row, as `path: rule` for a rejected change's message; null when it fits. */
export function rowProblem(table: SyncedTable, data: unknown): string | null {
  const parsed = SYNC_ROWS[table].safeParse(data)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  // The message names the column and the rule, never the value (it may be what broke the row).
  return issue ? `${issue.path.map(String).join('.') || 'data'}: ${issue.message}` : 'invalid row'
}
