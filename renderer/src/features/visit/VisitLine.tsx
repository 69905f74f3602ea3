import { Anchor, Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { VisitStatus } from '../../../../common/visits'
import { useGo } from '../../shell/navigate'
import { useOfficeFormat } from '../frontdesk/format'

/**
 * One visit in another record's list (a complaint's, a consultation's): its number opening its
 * visit screen, when it came (office time), what it was about, and its status. `label` names the
 * link for a screen reader ("Buka kunjungan LK1-…").
 */
export function VisitLine({
  visit,
  about,
  label,
}: {
  visit: { id: string; visitNumber: string; arrivedAt: number; status: string }
  /** What the visit was, after the time: the purpose, or "kunjungan kasus". */
  about?: string
  label: string
}) {
  const { t } = useTranslation()
  const go = useGo()
  const fmt = useOfficeFormat()
  // Rows synced from a newer desk may carry a status this build does not know: shown without it.
  const status = VisitStatus.safeParse(visit.status)
  return (
    <Group gap="sm" wrap="wrap">
      <Anchor
        component="button"
        type="button"
        ff="monospace"
        fw={600}
        fz="sm"
        aria-label={label}
        onClick={() => go('visit', visit.id)}
      >
        {visit.visitNumber}
      </Anchor>
      <Text fz="sm" c="dimmed">
        {`${fmt.dateTime(visit.arrivedAt)} ${fmt.zoneLabel}`}
        {about ? ` · ${about}` : ''}
      </Text>
      {status.success ? (
        <Badge size="sm" variant="light" color="gray">
          {t(`domain.visitStatus.${status.data}`)}
        </Badge>
      ) : null}
    </Group>
  )
}
