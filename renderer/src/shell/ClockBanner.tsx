import { Alert, Text } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import { formatDistanceStrict } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useTranslation } from 'react-i18next'
import { CLOCK_WARNING_MS } from '../../../common/hlc'
import { useLocale } from '../i18n'
import { useSyncStatus } from './sync-status'

/**
 * Said on every screen of an enrolled desk whose clock is off from the central server's by more
 * than a few minutes (issue 7): how far and which way, what it means and what to do. The desk
 * keeps working; what the server refused for the clock is sent again once it is right.
 */
export function ClockBanner() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const offset = useSyncStatus()?.clockOffsetMs ?? null
  if (offset === null || Math.abs(offset) <= CLOCK_WARNING_MS) return null
  const difference = formatDistanceStrict(0, Math.abs(offset), { locale: locale === 'en' ? enGB : idLocale })
  return (
    <Alert
      role="alert"
      color="orange"
      variant="light"
      mb="lg"
      title={t('sync.clock.title')}
      icon={<IconClockExclamation size={20} />}
    >
      {/* The server's clock minus this PC's: negative when this PC runs ahead. */}
      <Text fw={600}>{t(offset < 0 ? 'sync.clock.ahead' : 'sync.clock.behind', { difference })}</Text>
      <Text size="sm" mt={4}>
        {t('sync.clock.advice')}
      </Text>
    </Alert>
  )
}
