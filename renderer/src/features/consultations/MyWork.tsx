import { Badge, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { officeDay } from '../../../../common/calendar/office-day'
import type { ConsultationHit, MyWork as MyWorkView } from '../../../../common/consultations/views'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useOfficeFormat } from '../frontdesk/format'
import { useNow } from '../queue/time'
import { AssignControl } from './AssignControl'
import { ConsultationRow } from './ConsultationRow'

/** The calendar day after an office day 'YYYY-MM-DD'. */
function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10)
}

/**
 * "Pekerjaan saya" (issue 12): the consultations assigned to me by when their answer is due —
 * overdue, today, the next working day, later — and, for whoever assigns, the unassigned ones,
 * each with its assignment on its own line (one action, no other screen).
 */
export function MyWork() {
  const { t } = useTranslation()
  const work = useCoreQuery('consultations.myWork', {})
  const now = useNow(30_000)
  if (work.error) return <ErrorAlert error={work.error.error} />
  if (!work.data) return <Loader aria-label={t('app.loading')} />
  return <MyWorkSections work={work.data} now={now} />
}

function MyWorkSections({ work, now }: { work: MyWorkView; now: number }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const mine = work.overdue.length + work.today.length + work.tomorrow.length + work.later.length
  // "Besok" only when the next working day is literally tomorrow (not Monday after a Friday).
  const tomorrowTitle =
    work.tomorrowDay === dayAfter(officeDay(now, fmt.zone))
      ? t('consultations.mine.tomorrow')
      : t('consultations.mine.nextDay', { date: fmt.weekday(work.tomorrowDay) })
  return (
    <Stack gap="lg">
      {work.assigns ? <UnassignedSection hits={work.unassigned} now={now} /> : null}
      {mine === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('consultations.mine.empty')}
        </Text>
      ) : (
        <>
          <Bucket
            id="mine-overdue"
            title={t('consultations.mine.overdue')}
            hits={work.overdue}
            now={now}
            danger
          />
          <Bucket id="mine-today" title={t('consultations.mine.today')} hits={work.today} now={now} />
          <Bucket id="mine-tomorrow" title={tomorrowTitle} hits={work.tomorrow} now={now} />
          <Bucket id="mine-later" title={t('consultations.mine.later')} hits={work.later} now={now} />
        </>
      )}
    </Stack>
  )
}

/** One bucket of my work, under its heading with its count; an empty one says so in a word. */
function Bucket({
  id,
  title,
  hits,
  now,
  danger = false,
}: {
  id: string
  title: string
  hits: ConsultationHit[]
  now: number
  danger?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group gap="xs">
        <Title order={2} fz="md" id={id} c={danger && hits.length > 0 ? 'red.8' : undefined}>
          {title}
        </Title>
        <Badge size="sm" variant="light" color={danger && hits.length > 0 ? 'red' : 'gray'} circle>
          {hits.length}
        </Badge>
      </Group>
      {hits.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('consultations.mine.sectionEmpty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {hits.map((hit) => (
            <ConsultationRow key={hit.id} hit={hit} now={now} />
          ))}
        </Stack>
      )}
    </Stack>
  )
}

/** The head's unassigned consultations, each with its inline assignment. */
function UnassignedSection({ hits, now }: { hits: ConsultationHit[]; now: number }) {
  const { t } = useTranslation()
  const assignees = useCoreQuery('consultations.assignees', {})
  return (
    <Stack gap="xs" component="section" aria-labelledby="mine-unassigned">
      <Group gap="xs">
        <Title order={2} fz="md" id="mine-unassigned">
          {t('consultations.mine.unassigned')}
        </Title>
        <Badge size="sm" variant="light" color={hits.length > 0 ? 'orange' : 'gray'} circle>
          {hits.length}
        </Badge>
      </Group>
      {hits.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('consultations.mine.sectionEmpty')}
        </Text>
      ) : (
        <>
          <Text fz="xs" c="dimmed">
            {t('consultations.mine.unassignedHint')}
          </Text>
          <ErrorAlert error={assignees.error?.error ?? null} />
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {hits.map((hit) => (
              <ConsultationRow key={hit.id} hit={hit} now={now}>
                <AssignControl
                  consultation={hit}
                  assignees={assignees.data ?? []}
                  // The list has no steps' reasons; the core asks for one if owed, and it is said here.
                  owed={null}
                  inline
                />
              </ConsultationRow>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  )
}
