import { Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconId } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { issuedInNames } from '../../../../common/identity/nik'
import type { IdentityReading } from '../../../../common/visitors'
import { LocalizedText } from '../../forms/validation'
import { useOfficeFormat } from './format'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fz="sm" fw={500} lh={1.35}>
        {value}
      </Text>
    </div>
  )
}

/**
 * What a NIK or NIP says of its holder — birth date, sex, and region (NIK) or appointment and
 * PNS/PPPK (NIP) — for the receptionist to compare with the person and their card, and each
 * reason it looks wrong. Warnings never block saving.
 */
export function IdentityReadingCard({ reading, id }: { reading: IdentityReading; id?: string }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const unknown = t('frontdesk.identity.unknown')
  const birth = reading.birthDate ? fmt.day(reading.birthDate) : t('frontdesk.identity.noDate')
  const sex = reading.sex ? t(`domain.sex.${reading.sex}`) : unknown
  const facts =
    reading.kind === 'nik'
      ? [
          { label: t('frontdesk.identity.birthDate'), value: birth },
          { label: t('frontdesk.identity.sex'), value: sex },
          { label: t('frontdesk.identity.regency'), value: reading.regency ?? unknown },
          { label: t('frontdesk.identity.district'), value: reading.district ?? unknown },
          { label: t('frontdesk.identity.province'), value: reading.province ?? unknown },
        ]
      : [
          { label: t('frontdesk.identity.birthDate'), value: birth },
          { label: t('frontdesk.identity.sex'), value: sex },
          {
            label: t('frontdesk.identity.appointment'),
            value: reading.appointment ? fmt.appointment(reading.appointment) : unknown,
          },
          { label: t('frontdesk.identity.employment'), value: t(`domain.employment.${reading.employment}`) },
        ]
  const issuedUnder = reading.kind === 'nik' ? reading.issuedUnder : null
  const issued = issuedUnder ? issuedInNames(issuedUnder) : null
  const issuedLine =
    issuedUnder && issued
      ? t('frontdesk.identity.issuedIn', {
          place: issued.place,
          now: issued.now ?? t('frontdesk.identity.nowCode', { code: issuedUnder.nowCode }),
        })
      : null
  const warned = reading.warnings.length > 0
  return (
    <Paper
      id={id}
      role="group"
      aria-label={t(reading.kind === 'nik' ? 'frontdesk.identity.nikSays' : 'frontdesk.identity.nipSays')}
      withBorder
      radius="sm"
      p="sm"
      bg={warned ? 'yellow.0' : 'gray.0'}
      style={{ borderColor: warned ? 'var(--mantine-color-yellow-4)' : undefined }}
    >
      <Stack gap={8}>
        <Group gap={6}>
          <IconId size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
            {t(reading.kind === 'nik' ? 'frontdesk.identity.nikSays' : 'frontdesk.identity.nipSays')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 2, xl: 3 }} spacing="sm" verticalSpacing={6}>
          {facts.map((fact) => (
            <Fact key={fact.label} label={fact.label} value={fact.value} />
          ))}
        </SimpleGrid>
        {issuedLine ? (
          <Text fz="sm" lh={1.35} data-testid="identity-issued-in">
            {issuedLine}
          </Text>
        ) : null}
        {warned ? (
          <List
            spacing={4}
            size="sm"
            icon={
              <ThemeIcon color="yellow.7" variant="transparent" size={18}>
                <IconAlertTriangle size={16} />
              </ThemeIcon>
            }
          >
            {reading.warnings.map((warning) => (
              <List.Item key={warning.code}>
                <LocalizedText message={warning.message} />
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  )
}
