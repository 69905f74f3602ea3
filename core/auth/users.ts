import { and, asc, eq, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import type { SessionUser } from '../../common/auth'
import type { Role } from '../../common/roles'
import { users } from '../../db/schema'
import type { Db } from '../db'
import { recordChange } from '../sync/outbox'
import { nextStamp } from '../sync/stamp'

export type UserRow = typeof users.$inferSelect

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.username, username)).get()
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get()
}

/** A user may act only while active and not tombstoned (an administrator can disable anyone centrally). */
export function isUsable(user: UserRow): boolean {
  return user.active && user.deletedAt === null
}

export function toSessionUser(user: UserRow): SessionUser {
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role }
}

/** The office's users who may act, by name: for the administrator naming who signs documents. */
export function listActiveUsers(db: Db): SessionUser[] {
  return db
    .select()
    .from(users)
    .where(and(eq(users.active, true), isNull(users.deletedAt)))
    .orderBy(asc(users.fullName))
    .all()
    .map(toSessionUser)
}

export interface NewUser {
  username: string
  fullName: string
  role: Role
  passwordHash: string
}

export function insertUser(db: Db, user: NewUser, now: number): UserRow {
  const row: UserRow = { id: uuidv7(), ...nextStamp(db, now), deletedAt: null, active: true, ...user }
  db.insert(users).values(row).run()
  recordChange(db, { table: users, rowId: row.id, op: 'upsert', hlc: row.hlc, data: row }, now)
  return row
}
