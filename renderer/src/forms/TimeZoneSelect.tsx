import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { OFFICE_TIME_ZONES } from '../../../common/settings'

const ZONES = Object.keys(OFFICE_TIME_ZONES) as (keyof typeof OFFICE_TIME_ZONES)[]

/** WIB, WITA or WIT, named in the user's language. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation()
  return <Select {...props} data={ZONES.map((zone) => ({ value: zone, label: t(`timeZones.${zone}`) }))} />
}
