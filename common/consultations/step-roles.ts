import type { StepRole } from '../procedures'
import type { Role } from '../roles'

/** Who may assign consultations: a head (kepala bagian/bidang, seed 000 step 3), or an administrator. */
export const ASSIGNING_ROLES: readonly Role[] = ['head', 'admin']

/** Who may be assigned a consultation to answer (anggota tim pelaksana, konsultan). */
export const ASSIGNABLE_ROLES: readonly Role[] = ['officer', 'staff', 'head']

/**
 * Whether `user` may end a step whose actor is `stepRole` (issue 12: each step's actor a role; the
 * core enforces it, the screen only hides what it would refuse):
 * - the requester's and the desk's steps: anyone who works the desk records them;
 * - the head's: a head or an administrator;
 * - the assignee's: the team member assigned, or a head or an administrator standing in.
 * Walk-in escalations (seed 003 steps 3–5) are the desk's: the officer carries the case to the
 * division and the head and records what they said, as that SOP's flow has it.
 */
export function mayEndStep(
  stepRole: StepRole,
  user: { id: string; role: Role },
  assigneeId: string | null,
): boolean {
  if (stepRole === 'requester' || stepRole === 'desk') return true
  if (ASSIGNING_ROLES.includes(user.role)) return true
  return stepRole === 'assignee' && assigneeId !== null && user.id === assigneeId
}
