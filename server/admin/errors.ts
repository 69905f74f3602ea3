import { ZodError } from 'zod'
import type { Localized } from '../../common/localized'
import { fieldErrors } from '../../common/validation'

export class AdminError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_code' | 'conflict' | 'bad_input' | 'desk_code_taken',
    message: string,
  ) {
    super(message)
    this.name = 'AdminError'
  }
}

export interface AdminErrorBody {
  error: string
  message?: string
  fields?: Record<string, Localized>
}

/** What the admin CLI prints and the admin API answers for a refused operation; null for a bug. */
export function adminErrorBody(error: unknown): AdminErrorBody | null {
  if (error instanceof AdminError) return { error: error.code, message: error.message }
  if (error instanceof ZodError) return { error: 'bad_input', fields: fieldErrors(error) }
  return null
}

/** The HTTP status of each refusal, for the admin API and the online office API alike. */
export const ADMIN_ERROR_STATUS: Record<AdminError['code'], number> = {
  not_found: 404,
  invalid_code: 403,
  conflict: 409,
  bad_input: 400,
  desk_code_taken: 409,
}
