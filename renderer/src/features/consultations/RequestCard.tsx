import { SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import { normalizePhone } from '../../../../common/phone'
import { SectionCard } from '../../shell/SectionCard'
import { Fact } from './Fact'

/** A stored E.164 number in its national form (0812-…), as the visitor's own page shows it. */
function phoneText(phone: string | null): string {
  if (!phone) return '—'
  const read = normalizePhone(phone)
  return read.ok ? read.value.national : phone
}

/** Permohonan: who asks (NIK masked, as every screen shows it), what it is filed by, and the substance. */
export function RequestCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const { requester } = consultation
  const ids = [
    requester.nikMasked ? t('consultations.detail.nik', { nik: requester.nikMasked }) : null,
    requester.nip ? t('consultations.detail.nip', { nip: requester.nip }) : null,
  ].filter(Boolean)
  return (
    <SectionCard title={t('consultations.detail.request')} titleId="consultation-request-title" gap="sm">
      <Fact label={t('consultations.detail.requester')}>
        <Text span fw={600} fz="sm">
          {requester.fullName}
        </Text>
        {ids.length > 0 ? (
          <Text span fz="sm" c="dimmed" ff="monospace">
            {' · '}
            {ids.join(' · ')}
          </Text>
        ) : null}
      </Fact>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <Fact label={t('consultations.detail.organization')}>{requester.organization ?? '—'}</Fact>
        <Fact label={t('consultations.detail.position')}>{requester.position ?? '—'}</Fact>
        <Fact label={t('consultations.detail.phone')}>{phoneText(requester.phone)}</Fact>
        <Fact label={t('consultations.detail.email')}>{requester.email ?? '—'}</Fact>
        <Fact label={t('consultations.detail.channel')}>
          {t(`consultations.channels.${consultation.channel}`)}
        </Fact>
        <Fact label={t('consultations.detail.reference')}>
          {consultation.reference || t('consultations.detail.referenceNone')}
        </Fact>
      </SimpleGrid>
      <Fact label={t('consultations.detail.subject')}>
        <Text component="span" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {consultation.subject}
        </Text>
      </Fact>
    </SectionCard>
  )
}
