import type { ServerDb } from '../database'
import { centralAudit } from '../schema'

/** Who acted centrally: an administrator confirmed at a desk (server/office/grants.ts). */
export interface Actor {
  officeId: string
  deskId: string
  userId: string | null
  username: string | null
}

/**
 * Records a central action by an administrator acting online: who, from which desk, what, and how
 * it ended (`ok` or the refusal's code). Never secrets: a password or a grant is not detail.
 */
export async function recordCentral(
  db: ServerDb,
  actor: Actor,
  action: string,
  outcome: string,
  detail: Record<string, unknown>,
  now: number,
): Promise<void> {
  await db.insert(centralAudit).values({ ...actor, action, outcome, detail, at: now })
}
