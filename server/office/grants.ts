import { and, eq, gt } from 'drizzle-orm'
import { sha256 } from '../admin/codes'
import type { ServerDb } from '../database'
import { adminGrants } from '../schema'
import type { AuthenticatedDesk } from '../sync/push'
import type { Actor } from './audit'
import { findOfficeUser, mayAdminister } from './confirm'

/**
 * The administrator a desk acts for, from the grant it sends (`X-Loket-Grant`): one made for this
 * desk, not expired, whose user is still an active administrator of the office now (a user
 * disabled or demoted a minute ago can no longer act). Null otherwise.
 */
export async function actorOfGrant(
  db: ServerDb,
  desk: AuthenticatedDesk,
  grant: string | undefined,
  now: number,
): Promise<Actor | null> {
  if (!grant) return null
  const [found] = await db
    .select()
    .from(adminGrants)
    .where(
      and(
        eq(adminGrants.tokenHash, sha256(grant)),
        eq(adminGrants.deskId, desk.id),
        eq(adminGrants.officeId, desk.officeId),
        gt(adminGrants.expiresAt, now),
      ),
    )
  if (!found) return null
  const user = await findOfficeUser(db, desk.officeId, found.username)
  if (!user || user.id !== found.userId || !mayAdminister(user)) return null
  return { officeId: desk.officeId, deskId: desk.id, userId: user.id, username: user.username }
}
