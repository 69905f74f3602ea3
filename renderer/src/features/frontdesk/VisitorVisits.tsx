import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VisitLine, VisitorVisits as Visits } from '../../../../common/visits'
import { useCoreQuery } from '../../api/queries'
import { useLocale } from '../../i18n'
import { SectionCard } from '../../shell/SectionCard'
import { useOfficeFormat } from './format'

const STATUS_COLOR = { waiting: 'yellow', in_progress: 'blue', done: 'teal', cancelled: 'gray' } as const

/** What a visit was for: the SOP's name when it ran one, else the purpose. */
function useVisitTitle() {
  const { t } = useTranslation()
  const { pick } = useLocale()
  return (line: VisitLine) =>
    line.procedureName ? pick(line.procedureName) : t(`domain.purposes.${line.purpose}`)
}

/** The visits of the visitor whose page is open, asked again whenever a visit changes. */
function useVisitorVisits(visitorId: string): { visits: Visits | null; failed: boolean } {
  const query = useCoreQuery('visits.ofVisitor', { visitorId })
  return { visits: query.data ?? null, failed: query.isError }
}

/**
 * A visitor's open visits (a number they already hold, a case being worked), each with a way to
 * open it, and their latest past visits (issue 8, fault 8). Shown on the visitor's page.
 */
export function VisitorVisits({
  visitorId,
  onOpenVisit,
}: {
  visitorId: string
  onOpenVisit: (visitId: string) => void
}) {
  const { t } = useTranslation()
  const { visits, failed } = useVisitorVisits(visitorId)
  const fmt = useOfficeFormat()
  const title = useVisitTitle()
  if (failed) {
    return (
      <Alert color="red" variant="light">
        {t('frontdesk.visits.loadFailed')}
      </Alert>
    )
  }
  if (!visits) return null
  const status = (line: VisitLine) => (
    <Badge variant="light" color={STATUS_COLOR[line.status]} radius="sm" style={{ flexShrink: 0 }}>
      {t(`domain.visitStatus.${line.status}`)}
    </Badge>
  )
  return (
    <SectionCard title={t('frontdesk.visits.title')} titleId="visitor-visits-title" titleSize="md" gap="sm">
      {visits.open.length > 0 ? (
        <Stack gap={6} aria-label={t('frontdesk.visits.open')}>
          {visits.open.map((line) => (
            <Paper key={line.id} withBorder radius="sm" p="xs" bg="yellow.0">
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={700} ff="monospace">
                      {line.queueNumber ?? t('frontdesk.visits.noQueue')}
                    </Text>
                    {status(line)}
                  </Group>
                  <Text fz="sm">{title(line)}</Text>
                  <Text fz="xs" c="dimmed">
                    {fmt.dateTime(line.arrivedAt)} · {line.visitNumber}
                  </Text>
                </Stack>
                <Button
                  size="compact-sm"
                  variant="light"
                  rightSection={<IconArrowRight size={16} />}
                  onClick={() => onOpenVisit(line.id)}
                  aria-label={t('frontdesk.visits.openVisit', {
                    number: line.queueNumber ?? line.visitNumber,
                  })}
                  style={{ flexShrink: 0 }}
                >
                  {t('frontdesk.visits.openShort')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
      <Text fz="sm" fw={600}>
        {t('frontdesk.visits.past')}
      </Text>
      {visits.past.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('frontdesk.visits.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {visits.past.map((line) => (
            <Group component="li" key={line.id} justify="space-between" wrap="nowrap" gap="sm">
              <Text fz="sm" style={{ minWidth: 0 }} truncate="end" title={title(line)}>
                <Text span fz="inherit" c="dimmed">
                  {fmt.date(line.arrivedAt)}
                </Text>{' '}
                {title(line)}
              </Text>
              {status(line)}
            </Group>
          ))}
        </Stack>
      )}
      {visits.pastTotal > visits.past.length ? (
        <Text fz="xs" c="dimmed">
          {t('frontdesk.visits.pastMore', { shown: visits.past.length, total: visits.pastTotal })}
        </Text>
      ) : null}
    </SectionCard>
  )
}
