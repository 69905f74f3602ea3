import { Badge, Text, Timeline } from '@mantine/core'
import { IconBan, IconPoint } from '@tabler/icons-react'
import { DetailSection } from './DetailSection'
import { useTranslation } from 'react-i18next'
import { EVENT_WORDS } from '../../../../common/complaints/labels'
import type { ComplaintEventView } from '../../../../common/complaints/views'
import { errorCatalog } from '../../../../common/errors'
import { useLocale } from '../../i18n'
import { useOfficeFormat } from '../frontdesk/format'
import { useChainWords } from './words'

/**
 * A complaint's history as it happened: what, who (the person and their place in the chain), when
 * (in the office's zone), from whom to whom, and the note. An event that did not fit the chain is
 * shown set aside with why: it is kept, and it changed nothing.
 */
export function ComplaintTimeline({ events }: { events: readonly ComplaintEventView[] }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const words = useChainWords()
  const fmt = useOfficeFormat()
  const whoOf = (event: ComplaintEventView) => {
    const holder = words.holder(event.by)
    const who = event.actor
      ? t('complaints.detail.byActor', { actor: event.actor, holder })
      : t('complaints.detail.by', { holder })
    return event.to ? `${who} → ${t('complaints.detail.to', { holder: words.holder(event.to) })}` : who
  }
  return (
    <DetailSection id="complaint-timeline-title" title={t('complaints.detail.timeline')}>
      {events.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('complaints.detail.timelineEmpty')}
        </Text>
      ) : (
        // Timeline injects its props into its direct children: the items are drawn here, not in a component.
        <Timeline bulletSize={22} lineWidth={2} active={events.length - 1}>
          {events.map((event) => (
            <Timeline.Item
              key={event.id}
              bullet={event.refused ? <IconBan size={14} /> : <IconPoint size={14} />}
              color={event.refused ? 'gray' : undefined}
              title={
                <Text fw={600} fz="sm">
                  <Text span inherit td={event.refused ? 'line-through' : undefined}>
                    {pick(EVENT_WORDS[event.kind])}
                  </Text>
                  {event.refused ? (
                    <Badge ml="xs" size="sm" color="gray" variant="outline">
                      {t('complaints.detail.setAside')}
                    </Badge>
                  ) : null}
                </Text>
              }
            >
              <Text fz="sm" c="dimmed">
                {`${fmt.dateTime(event.at)} ${fmt.zoneLabel}`}
              </Text>
              <Text fz="sm">{whoOf(event)}</Text>
              {event.note ? (
                <Text fz="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.note}
                </Text>
              ) : null}
              {event.refused ? (
                <Text fz="sm" c="orange.9">
                  {t('complaints.detail.setAsideReason', { reason: pick(errorCatalog[event.refused]) })}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </DetailSection>
  )
}
