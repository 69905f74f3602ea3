import { Alert, Badge, Group, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SuccessPanel } from './SuccessPanel'
import type { VisitView } from '../../../../common/visits'
import { LocalizedText } from '../../forms/validation'
import { useOfficeFormat } from './format'
import { Shortcut } from './Shortcut'
import { PrintAction } from '../printing/PrintAction'
import { VisitJobs } from '../printing/VisitJobs'

/** The visit just started: its queue number large enough to read out, and what comes next. */
export function VisitStarted({
  visit,
  onOpen,
  onNext,
}: {
  visit: VisitView
  onOpen: () => void
  onNext: () => void
}) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  return (
    <SuccessPanel
      titleId="visit-started-title"
      title={t('frontdesk.started.title', { name: visit.visitor.fullName })}
      openLabel={t('frontdesk.started.open')}
      nextLabel={t('frontdesk.started.next')}
      onOpen={onOpen}
      onNext={onNext}
      gap="lg"
      after={
        <Group gap="lg">
          <Shortcut keys={['Enter', 'Esc']} label={t('frontdesk.started.next')} />
        </Group>
      }
    >
      {visit.queueNumber ? (
        <Stack gap={0} align="center">
          <Text fz="sm" c="dimmed" fw={600} tt="uppercase">
            {t('frontdesk.started.queueNumber')}
          </Text>
          <Text
            fz={88}
            fw={700}
            lh={1.05}
            c="loket.8"
            style={{ fontVariantNumeric: 'tabular-nums', letterSpacing: '0.02em' }}
            aria-label={t('frontdesk.started.queueNumberIs', { number: visit.queueNumber })}
          >
            {visit.queueNumber}
          </Text>
        </Stack>
      ) : (
        <Alert
          w="100%"
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={20} />}
          title={t('frontdesk.started.noQueueTitle')}
        >
          {t('frontdesk.started.noQueue')}
        </Alert>
      )}
      <Stack gap={4} align="center">
        <Text>
          {t('frontdesk.started.visitNumber')}{' '}
          <Text component="span" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {visit.visitNumber}
          </Text>
        </Text>
        <Text fw={600}>{t(`domain.purposes.${visit.purpose}`)}</Text>
        {visit.procedure ? (
          <>
            <Text fz="sm" c="dimmed" ta="center">
              <LocalizedText message={visit.procedure.name} />
            </Text>
            <Badge variant="light" radius="sm" size="lg">
              {visit.procedure.totalStandard
                ? t('frontdesk.started.totalStandard', {
                    standard: fmt.standard(visit.procedure.totalStandard),
                  })
                : t('domain.standard.none')}
            </Badge>
          </>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('frontdesk.start.noProcedure')}
          </Text>
        )}
        <Text fz="sm" c="dimmed">
          {t('frontdesk.started.arrived', { time: fmt.time(visit.arrivedAt), zone: fmt.zoneLabel })}
        </Text>
      </Stack>
      {/* The ticket printed by itself when the desk is set so: its state here, then a reprint is at hand. */}
      <VisitJobs visitId={visit.id} kinds={['receipt']} maw={520} />
      <PrintAction input={{ kind: 'receipt', visitId: visit.id }} printKey />
    </SuccessPanel>
  )
}
