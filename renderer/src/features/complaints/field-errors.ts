import type { RpcError } from '../../../../common/errors'
import type { Localized } from '../../../../common/localized'

/**
 * The core's refusal placed on the field it is about: its per-field messages (validation_failed),
 * and a LAPOR! ID already linked elsewhere on the LAPOR! field, so the person sees what to change
 * next to what they typed. Other refusals have no field and go to the form's alert.
 */
export function complaintFieldErrors(error: RpcError, laporField: string): Record<string, Localized> {
  if (error.code === 'lapor_id_taken') return { [laporField]: error.message }
  return { ...error.fields }
}
