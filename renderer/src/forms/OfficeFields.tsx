import { SimpleGrid, TextInput, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { OfficeTimeZone } from '../../../common/settings'
import { TimeZoneSelect } from './TimeZoneSelect'
import { DeskCodeField } from './DeskCodeField'

interface OfficeValues {
  officeName: string
  officeAddress: string
  timeZone: OfficeTimeZone
  deskCode: string
}

/** The office's name, address and time zone, and this desk's code: asked at setup, edited in settings. */
export function OfficeFields<V extends OfficeValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation()
  return (
    <>
      <TextInput
        autoFocus
        withAsterisk
        label={t('office.name')}
        placeholder={t('office.namePlaceholder')}
        {...form.getInputProps('officeName')}
      />
      <Textarea label={t('office.address')} autosize minRows={2} {...form.getInputProps('officeAddress')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TimeZoneSelect withAsterisk label={t('office.timeZone')} {...form.getInputProps('timeZone')} />
        <DeskCodeField {...form.getInputProps('deskCode')} />
      </SimpleGrid>
    </>
  )
}
