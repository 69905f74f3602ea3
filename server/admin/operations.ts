import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import { FullName, Password, Username } from '../../common/auth'
import { formatHlc, receiveHlc, tickHlc } from '../../common/hlc'
import { Role } from '../../common/roles'
import { OfficeAddress, OfficeName, OfficeTimeZone } from '../../common/settings'
import type { ServerDb } from '../database'
import { desks, enrolmentCodes, offices, rows } from '../schema'
import { applyChange, lockOfficeLog } from '../sync/push'
import { newEnrolmentCode, newToken, normaliseCode, sha256 } from './codes'
import { hashPassword } from './password'

/** The origin desk id of changes the central server itself makes (administrators' edits). */
export const CENTRAL = 'central'

export class AdminError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_code' | 'conflict' | 'bad_input',
    message: string,
  ) {
    super(message)
    this.name = 'AdminError'
  }
}

export const CreateOfficeInput = z.object({
  name: OfficeName,
  address: OfficeAddress.default(''),
  timeZone: OfficeTimeZone.default('Asia/Jakarta'),
})
export const CreateCodeInput = z.object({
  officeId: z.string().min(1),
  ttlHours: z
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
})
export const CreateUserInput = z.object({
  officeId: z.string().min(1),
  username: Username,
  fullName: FullName,
  role: Role,
  password: Password,
})
export const DisableUserInput = z.object({ officeId: z.string().min(1), username: Username })

/**
 * An office, and its settings as central rows, so every desk enrolled with it shows the office's
 * name and keeps its time. The row ids follow the desks' rule (one id per office and key).
 */
export async function createOffice(db: ServerDb, input: unknown, now: number) {
  const { name, address, timeZone } = CreateOfficeInput.parse(input)
  const office = { id: uuidv7(), name, createdAt: now }
  await db.insert(offices).values(office)
  const settings: Record<string, unknown> = {
    officeName: name,
    officeAddress: address,
    timeZone,
    letterheadLogo: null,
  }
  for (const [key, value] of Object.entries(settings)) {
    const id = uuidv5(key, office.id)
    await writeCentralRow(
      db,
      office.id,
      'settings',
      id,
      (stamp) => ({ id, ...stamp, deletedAt: null, originDesk: CENTRAL, key, value }),
      now,
    )
  }
  return { officeId: office.id, name, timeZone }
}

async function requireOffice(db: ServerDb, officeId: string): Promise<void> {
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId))
  if (!office) throw new AdminError('not_found', `no office ${officeId}`)
}

export async function createEnrolmentCode(db: ServerDb, input: unknown, now: number) {
  const { officeId, ttlHours } = CreateCodeInput.parse(input)
  await requireOffice(db, officeId)
  const code = newEnrolmentCode()
  const expiresAt = now + ttlHours * 60 * 60 * 1000
  await db
    .insert(enrolmentCodes)
    .values({ codeHash: sha256(normaliseCode(code)), officeId, createdAt: now, expiresAt })
  return { code, officeId, expiresAt: new Date(expiresAt).toISOString() }
}

/** Trades a valid, unused, unexpired code for a desk identity and its token; the code is spent. */
export async function enrollDesk(db: ServerDb, input: { code: string; deskName: string }, now: number) {
  return db.transaction(async (tx) => {
    const [code] = await tx
      .select()
      .from(enrolmentCodes)
      .where(eq(enrolmentCodes.codeHash, sha256(normaliseCode(input.code))))
      .for('update')
    if (!code || code.usedAt !== null || code.expiresAt <= now) {
      throw new AdminError('invalid_code', 'the enrolment code is unknown, used or expired')
    }
    const token = newToken()
    const desk = {
      id: uuidv7(),
      officeId: code.officeId,
      name: input.deskName,
      tokenHash: sha256(token),
      createdAt: now,
    }
    await tx.insert(desks).values(desk)
    await tx
      .update(enrolmentCodes)
      .set({ usedAt: now, usedByDesk: desk.id })
      .where(eq(enrolmentCodes.codeHash, code.codeHash))
    return { deskId: desk.id, officeId: desk.officeId, token }
  })
}

export async function listDesks(db: ServerDb, officeId?: string) {
  const list = await db
    .select({
      deskId: desks.id,
      officeId: desks.officeId,
      name: desks.name,
      lastSeq: desks.lastSeq,
      schemaVersion: desks.schemaVersion,
      createdAt: desks.createdAt,
      lastSeenAt: desks.lastSeenAt,
      revokedAt: desks.revokedAt,
    })
    .from(desks)
    .where(officeId ? eq(desks.officeId, officeId) : undefined)
    .orderBy(asc(desks.createdAt))
  return list
}

export async function revokeDesk(db: ServerDb, deskId: string, now: number) {
  const revoked = await db
    .update(desks)
    .set({ revokedAt: now })
    .where(and(eq(desks.id, deskId), isNull(desks.revokedAt)))
    .returning({ deskId: desks.id })
  if (revoked.length === 0) throw new AdminError('not_found', `no active desk ${deskId}`)
  return { deskId, revokedAt: new Date(now).toISOString() }
}

async function findUserRow(db: ServerDb, officeId: string, username: string) {
  const [row] = await db
    .select()
    .from(rows)
    .where(
      and(
        eq(rows.officeId, officeId),
        eq(rows.tableName, 'users'),
        sql`${rows.data}->>'username' = ${username}`,
      ),
    )
  return row
}

/**
 * Writes a row as the central server: a change in the office's log, like a desk's, with an HLC
 * past the row's current one so it wins, and it reaches every desk of the office by pull.
 */
async function writeCentralRow(
  db: ServerDb,
  officeId: string,
  table: string,
  rowId: string,
  build: (stamp: { hlc: string; updatedAt: number }) => Record<string, unknown>,
  now: number,
) {
  await db.transaction(async (tx) => {
    await lockOfficeLog(tx, officeId)
    const [existing] = await tx
      .select({ hlc: rows.hlc })
      .from(rows)
      .where(and(eq(rows.officeId, officeId), eq(rows.tableName, table), eq(rows.rowId, rowId)))
    const base = { millis: 0, counter: 0 }
    const clock = existing ? receiveHlc(base, existing.hlc, now) : tickHlc(base, now)
    const hlc = formatHlc(clock, CENTRAL)
    const data = build({ hlc, updatedAt: now })
    await applyChange(
      tx,
      { id: CENTRAL, officeId },
      { seq: 1, id: uuidv7(), table, rowId, op: 'upsert', hlc, data },
      now,
    )
  })
}

export async function createUser(db: ServerDb, input: unknown, now: number) {
  const user = CreateUserInput.parse(input)
  await requireOffice(db, user.officeId)
  if (await findUserRow(db, user.officeId, user.username)) {
    throw new AdminError('conflict', `user ${user.username} already exists in this office`)
  }
  const id = uuidv7()
  const passwordHash = await hashPassword(user.password)
  await writeCentralRow(
    db,
    user.officeId,
    'users',
    id,
    (stamp) => ({
      id,
      ...stamp,
      deletedAt: null,
      originDesk: CENTRAL,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      passwordHash,
      active: true,
    }),
    now,
  )
  return { userId: id, officeId: user.officeId, username: user.username, role: user.role }
}

export async function disableUser(db: ServerDb, input: unknown, now: number) {
  const { officeId, username } = DisableUserInput.parse(input)
  const row = await findUserRow(db, officeId, username)
  if (!row) throw new AdminError('not_found', `no user ${username} in this office`)
  await writeCentralRow(
    db,
    officeId,
    'users',
    row.rowId,
    (stamp) => ({ ...row.data, ...stamp, originDesk: CENTRAL, active: false }),
    now,
  )
  return { userId: row.rowId, username, active: false }
}
