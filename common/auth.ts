import { z } from 'zod'
import { PersonName } from './person-name'
import { Role } from './roles'

export const PASSWORD_MIN_LENGTH = 8

export const Username = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  // An empty field is missing, not malformed (issue 8): "Wajib diisi." before the format rule.
  .min(1, 'required')
  .regex(/^[a-z0-9._-]{3,32}$/, 'username_format')
export const Password = z
  .string({ error: 'required' })
  .min(PASSWORD_MIN_LENGTH, 'password_too_short')
  .max(200, 'too_long')
export const FullName = PersonName(120)

export const LoginInput = z.object({
  username: Username,
  // Login never tells which rule a password breaks: any non-empty password is checked against the hash.
  password: z.string({ error: 'required' }).min(1, 'required').max(200, 'too_long'),
})

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: Role,
})
export type SessionUser = z.infer<typeof SessionUser>
