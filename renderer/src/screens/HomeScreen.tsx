import { TZDate } from '@date-fns/tz'
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useInterval } from '@mantine/hooks'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../../common/auth'
import { OFFICE_TIME_ZONES } from '../../../common/settings'
import { CalendarWarning } from '../features/queue/CalendarWarning'
import { useLocale } from '../i18n'
import { useSession } from '../stores/session'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Text fz="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="lg" fw={600} mt={4}>
        {value}
      </Text>
    </Card>
  )
}

/** Where and who: the office, this desk, the signed-in user and the time as the office keeps it. */
export function HomeScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const info = useSession((s) => s.info)
  const [now, setNow] = useState(() => Date.now())
  const ticker = useInterval(() => setNow(Date.now()), 1000)
  useEffect(() => {
    ticker.start()
    return ticker.stop
  }, [ticker])

  const zone = info?.timeZone ?? 'Asia/Jakarta'
  const officeTime = `${format(new TZDate(now, zone), 'EEEE, d MMMM yyyy · HH:mm:ss', {
    locale: locale === 'en' ? enGB : idLocale,
  })} ${OFFICE_TIME_ZONES[zone]}`

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} fz={26}>
        {t('home.greeting', { name: user.fullName })}
      </Title>
      <CalendarWarning withLink />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact label={t('home.office')} value={info?.officeName ?? '—'} />
        <Fact label={t('home.desk')} value={info?.deskCode ?? '—'} />
        <Fact label={t('home.user')} value={`${user.fullName} (${user.username})`} />
        <Fact label={t('home.role')} value={t(`roles.${user.role}`)} />
      </SimpleGrid>
      <Fact label={t('home.now')} value={officeTime} />
    </Stack>
  )
}
