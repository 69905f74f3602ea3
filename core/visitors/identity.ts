import { officeDay } from '../../common/calendar/office-day'
import { parseNip } from '../../common/identity/nip'
import type { IdentityReading } from '../../common/visitors'
import { localize } from '../../common/localized'
import { validationCatalog } from '../../common/validation'
import { inspectNik } from '../identity/regions'
import { officeTimeZone } from '../calendar/office-calendar'
import type { CoreContext } from '../context'

export type IdentityAnswer =
  { ok: true; reading: IdentityReading } | { ok: false; message: { id: string; en: string } }

/**
 * What a NIK or NIP says of its holder (birth date, sex, region or appointment), and why it looks
 * implausible if it does, for the receptionist to compare with the person and their card.
 */
export async function readIdentity(
  ctx: CoreContext,
  kind: 'nik' | 'nip',
  number: string,
): Promise<IdentityAnswer> {
  const today = officeDay(ctx.now(), officeTimeZone(ctx.db))
  if (kind === 'nik') {
    const parsed = await inspectNik(number, today)
    if (!parsed.ok) return { ok: false, message: localize(validationCatalog[parsed.error]) }
    const { value } = parsed
    return {
      ok: true,
      reading: {
        kind: 'nik',
        number: value.number,
        birthDate: value.birthDate,
        sex: value.sex,
        province: value.region.province,
        regency: value.region.regency,
        district: value.region.district,
        issuedUnder: value.issuedUnder,
        warnings: value.warnings,
      },
    }
  }
  const parsed = parseNip(number, today)
  if (!parsed.ok) return { ok: false, message: localize(validationCatalog[parsed.error]) }
  const { value } = parsed
  return {
    ok: true,
    reading: {
      kind: 'nip',
      number: value.number,
      birthDate: value.birthDate,
      sex: value.sex,
      appointment: value.appointment,
      employment: value.employment,
      warnings: value.warnings,
    },
  }
}
