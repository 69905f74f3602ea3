import { Badge, Group, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { VisitorView } from '../../../../common/visitors'
import { SectionCard } from '../../shell/SectionCard'
import { IdentityReadingCard } from './IdentityReadingCard'
import { useOfficeFormat } from './format'

function Field({
  label,
  value,
  wide = false,
  number = false,
}: {
  label: string
  value: string | null
  wide?: boolean
  number?: boolean
}) {
  const { t } = useTranslation()
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text
        fz="sm"
        fw={value ? 500 : 400}
        c={value ? undefined : 'dimmed'}
        style={number ? { whiteSpace: 'nowrap' } : { wordBreak: 'break-word' }}
      >
        {value ?? t('frontdesk.details.none')}
      </Text>
    </div>
  )
}

/** A visitor's record in full (the full NIK is fine here, on the desk's own screen) and what their numbers say. */
export function VisitorDetails({ visitor }: { visitor: VisitorView }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <SectionCard
      title={visitor.fullName}
      titleId="visitor-name"
      titleSize="xl"
      under={
        <Group gap="xs" mt={6}>
          {visitor.lastVisitAt !== null ? (
            <Badge variant="light" color="gray" radius="sm">
              {t('frontdesk.search.lastVisit', { date: fmt.date(visitor.lastVisitAt) })}
            </Badge>
          ) : (
            <Badge variant="light" color="loket" radius="sm">
              {t('frontdesk.details.firstTime')}
            </Badge>
          )}
        </Group>
      }
    >
      {/* As many columns as fit at 150 px each: a 16-digit NIK needs that much on a 1024 screen. */}
      <SimpleGrid
        spacing="md"
        verticalSpacing="sm"
        style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}
      >
        {/* A number is read digit by digit: never broken over two lines. */}
        <Field label={t('frontdesk.fields.nik')} value={visitor.nik} number />
        <Field label={t('frontdesk.fields.nip')} value={visitor.nip} number />
        <Field label={t('frontdesk.fields.phone')} value={visitor.phoneDisplay} />
        <Field label={t('frontdesk.fields.email')} value={visitor.email} />
        <Field label={t('frontdesk.fields.organization')} value={visitor.organization} />
        <Field label={t('frontdesk.fields.position')} value={visitor.position} />
        <Field label={t('frontdesk.fields.address')} value={visitor.address} wide />
        <Field
          label={t('frontdesk.details.firstVisit')}
          value={visitor.firstVisitAt !== null ? fmt.date(visitor.firstVisitAt) : null}
        />
        <Field
          label={t('frontdesk.details.consent')}
          value={visitor.consentAt !== null ? fmt.dateTime(visitor.consentAt) : null}
        />
      </SimpleGrid>
      {visitor.identities.map((reading) => (
        <IdentityReadingCard key={reading.kind} reading={reading} />
      ))}
    </SectionCard>
  )
}
