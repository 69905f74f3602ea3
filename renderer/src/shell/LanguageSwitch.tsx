import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { setLocale, useLocale } from '../i18n'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={locale}
      onChange={(value) => setLocale(value === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: t('language.id') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  )
}
