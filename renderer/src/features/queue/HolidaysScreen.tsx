import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Placeholder until the screen is built (its helper replaces this file). */
export function HolidaysScreen() {
  const { t } = useTranslation()
  return <Title order={1}>{t('queue.title')}</Title>
}
