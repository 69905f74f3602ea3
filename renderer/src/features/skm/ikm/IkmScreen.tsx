import { TZDate } from '@date-fns/tz'
import { Alert, Group, Loader, Stack, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { useNow, useOfficeFormat } from '../../queue/time'
import { IkmFilters } from './IkmFilters'
import { IkmReportView } from './IkmReportView'
import type { IkmPeriod } from './report-shape'
import { useIkmReport } from './useIkmReport'

/**
 * The office's Indeks Kepuasan Masyarakat (`/ikm`): a period (this month to start) and a service,
 * and its report as common/ikm computes it. Printing goes through the documents pipeline
 * (`ikm_report`) once the contract carries it.
 */
export function IkmScreen() {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const now = useNow()
  const thisYear = fmt.year(now)
  const [period, setPeriod] = useState<IkmPeriod>(() => ({
    kind: 'month',
    year: thisYear,
    index: new TZDate(now, fmt.zone).getMonth() + 1,
  }))
  const [procedureId, setProcedureId] = useState<string | null>(null)
  const { report, failure, loading } = useIkmReport(period, procedureId)

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz={26}>
          {t('skm.ikm.title')}
        </Title>
      </Group>
      <IkmFilters
        period={period}
        procedureId={procedureId}
        thisYear={thisYear}
        onPeriod={setPeriod}
        onProcedure={setProcedureId}
      />
      <ErrorAlert error={failure} />
      {report ? (
        <IkmReportView report={report} />
      ) : loading ? (
        <Loader aria-label={t('app.loading')} />
      ) : failure ? null : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('skm.ikm.notWired')}
        </Alert>
      )}
    </Stack>
  )
}
