import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import { FullName, Password, Username } from '../../common/auth'
import { Role } from '../../common/roles'
import { OfficeAddress, OfficeName, OfficeTimeZone } from '../../common/settings'
import type { EnrollRequest, EnrollResponse } from '../../common/sync-protocol'
import { QUEUE_BLOCKS } from '../../common/sync-protocol'
import type { ServerDb } from '../database'
import { desks, enrolmentCodes, offices, rejections, rows } from '../schema'
import type { Tx } from '../database'
import { lockOfficeLog } from '../sync/push'
import { CENTRAL, requireOffice, writeCentralRow, writeCentralRowLocked } from './central-rows'
import { newEnrolmentCode, newToken, normaliseCode, sha256 } from './codes'
import { AdminError } from './errors'
import { importSeedLocked, readHolidaySeed, shippedHolidayYears } from './holidays'
import { hashPassword } from './password'

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
 * An office, its settings as central rows, so every desk enrolled with it shows the office's name
 * and keeps its time, and every shipped year of the holiday calendar, so its desks count working
 * days right from the first sync. The settings' row ids follow the desks' rule (one id per office
 * and key). One transaction: an office is created whole or not at all.
 */
export async function createOffice(db: ServerDb, input: unknown, now: number) {
  const { name, address, timeZone } = CreateOfficeInput.parse(input)
  const office = { id: uuidv7(), name, createdAt: now }
  const seeds = shippedHolidayYears().map(readHolidaySeed)
  await db.transaction(async (tx) => {
    await tx.insert(offices).values(office)
    await lockOfficeLog(tx, office.id)
    const settings: Record<string, unknown> = {
      officeName: name,
      officeAddress: address,
      timeZone,
      letterheadLogo: null,
    }
    for (const [key, value] of Object.entries(settings)) {
      const id = uuidv5(key, office.id)
      await writeCentralRowLocked(
        tx,
        office.id,
        'settings',
        id,
        (stamp) => ({ id, ...stamp, deletedAt: null, originDesk: CENTRAL, key, value }),
        now,
      )
    }
    for (const seed of seeds) await importSeedLocked(tx, office.id, seed, now)
  })
  return { officeId: office.id, name, timeZone, holidayYears: seeds.map((seed) => seed.year) }
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

/** Serialises enrolments of one office, so two desks enrolling at once never share a block or a code. */
export async function lockOfficeDesks(tx: Tx, officeId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`loket-desks:${officeId}`}, 0))`)
}

/** The lowest queue block no active desk of the office holds (a revoked desk's is free), or null. */
async function freeQueueBlock(tx: Tx, officeId: string): Promise<number | null> {
  const held = await tx
    .select({ block: desks.queueBlock })
    .from(desks)
    .where(and(eq(desks.officeId, officeId), isNull(desks.revokedAt), isNotNull(desks.queueBlock)))
  const taken = new Set(held.map((desk) => desk.block))
  for (let block = 0; block < QUEUE_BLOCKS; block++) if (!taken.has(block)) return block
  return null
}

/**
 * Trades a valid, unused, unexpired code for a desk identity, its token and its queue block; the
 * code is spent. A desk code already used by an active desk of the office is refused
 * (`desk_code_taken`) and the enrolment code stays usable: the transaction rolls back whole.
 */
export async function enrollDesk(
  db: ServerDb,
  input: z.output<typeof EnrollRequest>,
  now: number,
): Promise<z.output<typeof EnrollResponse>> {
  return db.transaction(async (tx) => {
    const [code] = await tx
      .select()
      .from(enrolmentCodes)
      .where(eq(enrolmentCodes.codeHash, sha256(normaliseCode(input.code))))
      .for('update')
    if (!code || code.usedAt !== null || code.expiresAt <= now) {
      throw new AdminError('invalid_code', 'the enrolment code is unknown, used or expired')
    }
    await lockOfficeDesks(tx, code.officeId)
    const deskCode = input.deskCode?.trim().toUpperCase() || null
    if (deskCode !== null) {
      const [holder] = await tx
        .select({ id: desks.id })
        .from(desks)
        .where(and(eq(desks.officeId, code.officeId), eq(desks.code, deskCode), isNull(desks.revokedAt)))
      if (holder) {
        throw new AdminError(
          'desk_code_taken',
          `desk code ${deskCode} is used by an active desk of the office`,
        )
      }
    }
    const token = newToken()
    const desk = {
      id: uuidv7(),
      officeId: code.officeId,
      name: input.deskName,
      code: deskCode,
      queueBlock: await freeQueueBlock(tx, code.officeId),
      tokenHash: sha256(token),
      createdAt: now,
    }
    await tx.insert(desks).values(desk)
    await tx
      .update(enrolmentCodes)
      .set({ usedAt: now, usedByDesk: desk.id })
      .where(eq(enrolmentCodes.codeHash, code.codeHash))
    await lockOfficeLog(tx, desk.officeId)
    await writeDeskRow(tx, { ...desk, revokedAt: null }, now)
    return { deskId: desk.id, officeId: desk.officeId, token, queueBlock: desk.queueBlock }
  })
}

export async function listDesks(db: ServerDb, officeId?: string) {
  const list = await db
    .select({
      deskId: desks.id,
      officeId: desks.officeId,
      name: desks.name,
      code: desks.code,
      queueBlock: desks.queueBlock,
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

/**
 * The office's row of a desk (`desks`, the desk's column names), written centrally so every desk
 * of the office knows each counter's code (ARCHITECTURE.md "Trust": desks and desk codes are never
 * taken on a desk token's word). The caller holds the office's log lock.
 */
export async function writeDeskRow(
  tx: Tx,
  desk: Pick<typeof desks.$inferSelect, 'id' | 'officeId' | 'name' | 'code' | 'revokedAt'>,
  now: number,
): Promise<void> {
  // A desk that enrolled before desks sent their code keeps its own row: the server cannot name it.
  if (desk.code === null) return
  const code = desk.code
  await writeCentralRowLocked(
    tx,
    desk.officeId,
    'desks',
    desk.id,
    (stamp) => ({
      id: desk.id,
      ...stamp,
      deletedAt: null,
      originDesk: CENTRAL,
      officeId: desk.officeId,
      code,
      name: desk.name,
      revokedAt: desk.revokedAt,
    }),
    now,
  )
}

export async function revokeDesk(db: ServerDb, deskId: string, now: number) {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(desks)
      .set({ revokedAt: now })
      .where(and(eq(desks.id, deskId), isNull(desks.revokedAt)))
      .returning()
    if (!revoked) throw new AdminError('not_found', `no active desk ${deskId}`)
    await lockOfficeLog(tx, revoked.officeId)
    await writeDeskRow(tx, revoked, now)
    return { deskId, revokedAt: new Date(now).toISOString() }
  })
}

export const ListRejectionsInput = z.object({
  officeId: z.string().min(1).max(64),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})

/**
 * Changes the office's desks pushed and the server refused, newest first, with the desk, the code
 * and the reason (docs/SYNC-PROTOCOL.md: rejected changes are visible to the administrator).
 */
export async function listRejections(db: ServerDb, input: unknown) {
  const { officeId, limit } = ListRejectionsInput.parse(input)
  return db
    .select({
      deskId: rejections.deskId,
      deskCode: desks.code,
      seq: rejections.seq,
      changeId: rejections.changeId,
      code: rejections.code,
      message: rejections.message,
      at: rejections.at,
    })
    .from(rejections)
    .innerJoin(desks, eq(desks.id, rejections.deskId))
    .where(eq(desks.officeId, officeId))
    .orderBy(desc(rejections.id))
    .limit(limit)
}

/** The office's `users` row with this username, as the server holds it now. */
export async function findUserRow(db: ServerDb, officeId: string, username: string) {
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
