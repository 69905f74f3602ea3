import { SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { DetailSection } from './DetailSection'
import { useTranslation } from 'react-i18next'
import { CHANNEL_WORDS, CLASS_WORDS } from '../../../../common/complaints/labels'
import type { ComplaintDetail } from '../../../../common/complaints/views'
import { useLocale } from '../../i18n'
import { useOfficeFormat } from '../frontdesk/format'

/** A complaint's record: its numbers, how it came in, its class and category, what about, and who complains. */
export function ComplaintRecord({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  return (
    <DetailSection id="complaint-record-title" title={t('complaints.detail.record')}>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <Fact label={t('complaints.detail.number')} mono>
          {complaint.number ?? t('complaints.hit.noNumber')}
        </Fact>
        <Fact label={t('complaints.detail.lapor')} mono={complaint.laporTrackingId !== null}>
          {complaint.laporTrackingId ?? t('complaints.detail.laporNone')}
        </Fact>
        <Fact label={t('complaints.detail.reportedAt')}>
          {`${fmt.dateTime(complaint.reportedAt)} ${fmt.zoneLabel}`}
        </Fact>
        <Fact label={t('complaints.detail.channel')}>{pick(CHANNEL_WORDS[complaint.channel])}</Fact>
        <Fact label={t('complaints.detail.classification')}>
          {pick(CLASS_WORDS[complaint.classification])}
        </Fact>
        <Fact label={t('complaints.detail.category')}>
          {complaint.category || t('complaints.detail.categoryNone')}
        </Fact>
      </SimpleGrid>
      <Fact label={t('complaints.detail.complainant')}>
        {[
          complaint.complainantName,
          complaint.nikMasked ? t('complaints.detail.nik', { nik: complaint.nikMasked }) : null,
          complaint.complainantPhone
            ? t('complaints.detail.phone', { phone: complaint.complainantPhone })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Fact>
      <Fact label={t('complaints.detail.subject')}>
        <Text component="span" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {complaint.subject}
        </Text>
      </Fact>
    </DetailSection>
  )
}

function Fact({ label, mono = false, children }: { label: string; mono?: boolean; children: ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" ff={mono ? 'monospace' : undefined} fw={mono ? 600 : undefined}>
        {children}
      </Text>
    </div>
  )
}
