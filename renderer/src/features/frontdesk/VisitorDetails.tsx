import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { VisitorView } from '../../../../common/visitors'
import { IdentityReadingCard } from './IdentityReadingCard'
import { useOfficeFormat } from './format'

function Field({ label, value, wide = false }: { label: string; value: string | null; wide?: boolean }) {
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
        style={{ wordBreak: 'break-word' }}
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
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visitor-name">
      <Stack gap="md">
        <div>
          <Title order={2} fz="xl" id="visitor-name">
            {visitor.fullName}
          </Title>
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
        </div>
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <Field label={t('frontdesk.fields.nik')} value={visitor.nik} />
          <Field label={t('frontdesk.fields.nip')} value={visitor.nip} />
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
      </Stack>
    </Paper>
  )
}
