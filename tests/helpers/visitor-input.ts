import type { ChannelInput } from '../../common/contract'

/** A visitor as the registration form sends it, with the optional fields left empty. */
export function visitorInput(
  fields: Partial<ChannelInput<'visitors.register'>> & { fullName: string },
): ChannelInput<'visitors.register'> {
  return {
    nik: '',
    nip: '',
    phone: '',
    email: '',
    organization: '',
    position: '',
    address: '',
    consent: true,
    ...fields,
  }
}
