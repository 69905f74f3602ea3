import { and, eq, isNull, ne } from 'drizzle-orm'
import { v5 as uuidv5 } from 'uuid'
import { z } from 'zod'
import { OfficeSettings } from '../../common/settings'
import { DeskCode } from '../../common/settings'
import { CENTRAL, writeCentralRowLocked } from '../admin/central-rows'
import { AdminError } from '../admin/errors'
import { lockOfficeDesks, writeDeskRow } from '../admin/operations'
import type { ServerDb } from '../database'
import { desks, offices } from '../schema'
import { lockOfficeLog } from '../sync/push'
import type { Actor } from './audit'

/** What an administrator may change of the office's settings from a desk (common/settings.ts). */
export const OfficeSettingsChange = OfficeSettings.partial()
export const DeskCodeChange = z.object({ code: DeskCode })

/**
 * Writes the changed office settings as central rows (one per key, id from office and key, as
 * createOffice does), so every desk of the office pulls them. Returns the keys that changed.
 */
export async function changeOfficeSettings(db: ServerDb, actor: Actor, input: unknown, now: number) {
  const change = OfficeSettingsChange.parse(input)
  return db.transaction(async (tx) => {
    await lockOfficeLog(tx, actor.officeId)
    const changed: string[] = []
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) continue
      const id = uuidv5(key, actor.officeId)
      const written = await writeCentralRowLocked(
        tx,
        actor.officeId,
        'settings',
        id,
        (stamp, existing) =>
          existing && JSON.stringify(existing.data.value) === JSON.stringify(value)
            ? null
            : { id, ...stamp, deletedAt: null, originDesk: CENTRAL, key, value },
        now,
      )
      if (written) changed.push(key)
    }
    if (change.officeName !== undefined) {
      await tx.update(offices).set({ name: change.officeName }).where(eq(offices.id, actor.officeId))
    }
    return changed
  })
}

/**
 * Gives the acting desk a new desk code, refused (`desk_code_taken`) when another active desk of
 * the office holds it: visit numbers start with the code, and a shared one makes desks' visits
 * collide (issue 7, fault 5). Serialised with enrolment by the office's desk lock.
 */
export async function changeDeskCode(db: ServerDb, actor: Actor, input: unknown, now: number) {
  const { code } = DeskCodeChange.parse(input)
  return db.transaction(async (tx) => {
    await lockOfficeDesks(tx, actor.officeId)
    const [holder] = await tx
      .select({ id: desks.id })
      .from(desks)
      .where(
        and(
          eq(desks.officeId, actor.officeId),
          eq(desks.code, code),
          isNull(desks.revokedAt),
          ne(desks.id, actor.deskId),
        ),
      )
    if (holder)
      throw new AdminError(
        'desk_code_taken',
        `desk code ${code} is used by another active desk of the office`,
      )
    const [updated] = await tx.update(desks).set({ code }).where(eq(desks.id, actor.deskId)).returning()
    if (!updated) throw new AdminError('not_found', 'no such desk')
    await lockOfficeLog(tx, actor.officeId)
    await writeDeskRow(tx, updated, now)
    return { deskId: actor.deskId, code }
  })
}
