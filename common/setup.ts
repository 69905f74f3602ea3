import { z } from 'zod'
import { FullName, Password, Username } from './auth'
import { DeskCode, OfficeAddress, OfficeName, OfficeTimeZone } from './settings'

export const SetupInput = z.object({
  officeName: OfficeName,
  officeAddress: OfficeAddress,
  timeZone: OfficeTimeZone,
  deskCode: DeskCode,
  adminFullName: FullName,
  adminUsername: Username,
  adminPassword: Password,
})
export type SetupInput = z.infer<typeof SetupInput>

/** The setup screen asks for the password twice; only the form needs the second copy. */
export const SetupForm = SetupInput.extend({ adminPasswordConfirm: z.string() }).refine(
  (form) => form.adminPassword === form.adminPasswordConfirm,
  { message: 'password_mismatch', path: ['adminPasswordConfirm'] },
)
