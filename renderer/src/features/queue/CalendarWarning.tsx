import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconCalendarExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../api/queries'
import { useGo } from '../../shell/navigate'
import { useSession } from '../../stores/session'

/**
 * The administrator's plain warning that a year's holiday decree is not loaded (issue 8, fault 1):
 * the current year when it lacks one, and from 1 October (office time) the next. Deadlines in such
 * a year count only weekends and fixed-date holidays, so the desk says so instead of pretending.
 * Other roles cannot load the calendar and see the "sementara" mark on each deadline instead.
 * It is asked again whenever the calendar changes (a day saved here or arriving by sync).
 */
export function CalendarWarning({ withLink = false }: { withLink?: boolean }) {
  const { t } = useTranslation()
  const role = useSession((s) => s.user?.role)
  const go = useGo()
  // The warning is advice: a failed look-up leaves the screen as it is.
  const status = useCoreQuery('calendar.status', {}, { enabled: role === 'admin' }).data
  if (role !== 'admin' || !status || status.missingYears.length === 0) return null
  return (
    <Stack gap="sm">
      {status.missingYears.map((year) => (
        <Alert
          key={year}
          color="orange"
          variant="light"
          icon={<IconCalendarExclamation size={20} aria-hidden />}
          title={t('calendarWarning.title', { year })}
          data-testid={`calendar-warning-${year}`}
        >
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">{t('calendarWarning.text', { year })}</Text>
            {withLink ? (
              <Button size="xs" variant="light" color="orange" onClick={() => go('holidays')}>
                {t('calendarWarning.open')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ))}
    </Stack>
  )
}
