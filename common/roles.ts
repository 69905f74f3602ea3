import { z } from 'zod'

/** The four roles of PRODUCT.md. Enforced by the core's dispatcher, not only hidden in the UI. */
export const ROLES = ['receptionist', 'officer', 'staff', 'admin'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>
