import { Badge, Table, Text } from '@mantine/core'
import { DetailSection } from './DetailSection'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail, ComplaintHopView } from '../../../../common/complaints/views'
import { useOfficeFormat } from '../frontdesk/format'
import { useChainWords } from './words'

/**
 * Each hop of the chain with its deadline (in working days on the office calendar) met or missed,
 * and the standard's source, so an officer can say where the time went and by what rule.
 */
export function ComplaintHops({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation()
  const words = useChainWords()
  const fmt = useOfficeFormat()
  const when = (at: number) => `${fmt.dateTime(at)}`
  return (
    <DetailSection id="complaint-hops-title" title={t('complaints.detail.hops')}>
      {complaint.hops.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('complaints.detail.hopsEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Tbody>
              {complaint.hops.map((hop, index) => (
                <Table.Tr key={`${hop.stage}-${hop.startedAt}-${index}`}>
                  <Table.Td>
                    <Text fz="sm" fw={600}>
                      {words.stage(hop.stage)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {words.holder(hop.holder)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{when(hop.startedAt)}</Text>
                    <Text fz="xs" c="dimmed">
                      {hop.endedAt !== null
                        ? t('complaints.detail.hopEnded', { date: when(hop.endedAt) })
                        : t('complaints.detail.hopRunning')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      {hop.dueAt !== null ? t('complaints.detail.hopDue', { date: when(hop.dueAt) }) : '—'}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {hop.standard
                        ? t('complaints.detail.hopStandard', { standard: fmt.standard(hop.standard) })
                        : t('complaints.detail.hopNoStandard')}
                      {hop.step ? ` · ${t('complaints.detail.hopStep', { step: hop.step })}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <HopVerdict hop={hop} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text fz="xs" c="dimmed">
        {t('complaints.detail.source', {
          version: complaint.deadlines.version,
          source: complaint.deadlines.source,
        })}
      </Text>
    </DetailSection>
  )
}

/** Met, missed (still running past due, or ended late), or running within its time. */
function HopVerdict({ hop }: { hop: ComplaintHopView }) {
  const { t } = useTranslation()
  if (hop.met === true)
    return (
      <Badge color="green" variant="light">
        {t('complaints.detail.met')}
      </Badge>
    )
  if (hop.met === false)
    return (
      <Badge color="red" variant={hop.endedAt === null ? 'filled' : 'light'}>
        {hop.endedAt === null ? t('complaints.detail.runningOverdue') : t('complaints.detail.missed')}
      </Badge>
    )
  if (hop.endedAt !== null) return null
  return (
    <Badge color="gray" variant="light">
      {t('complaints.detail.hopRunning')}
    </Badge>
  )
}
