import { z } from 'zod'

/**
 * The roles of PRODUCT.md, enforced by the core's dispatcher, not only hidden in the UI. `head` is
 * the head of a division or of general affairs (kepala bagian/bidang) who assigns consultations to
 * a team member (seed 000 step 3, issue 12); a head also works as an officer.
 */
export const ROLES = ['receptionist', 'officer', 'staff', 'head', 'admin'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>
