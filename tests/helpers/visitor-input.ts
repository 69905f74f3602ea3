import type { ChannelInput } from '../../common/contract'
import { BLANK_VISITOR } from '../../common/visitors'

/** A visitor as the registration form sends it, with the optional fields left empty and consent given. */
export function visitorInput(
  fields: Partial<ChannelInput<'visitors.register'>> & { fullName: string },
): ChannelInput<'visitors.register'> {
  return { ...BLANK_VISITOR, consent: true, ...fields }
}
