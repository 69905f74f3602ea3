import { TextInput } from '@mantine/core'
import type { TextInputProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** This desk's code (used in visit numbers), asked at setup, at enrolment and in settings. */
export function DeskCodeField(props: TextInputProps) {
  const { t } = useTranslation()
  return (
    <TextInput
      withAsterisk
      label={t('office.deskCode')}
      description={t('office.deskCodeHint')}
      maxLength={6}
      {...props}
    />
  )
}
