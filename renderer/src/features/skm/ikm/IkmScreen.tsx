import { TZDate } from '@date-fns/tz'
import { Group, Loader, Stack, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { useNow, useOfficeFormat } from '../../queue/time'
import { IkmFilters } from './IkmFilters'
import { IkmReportView } from './IkmReportView'
import type { IkmPeriod } from '../../../../../common/ikm/periods'
import { PrintAction } from '../../printing/PrintAction'
import { useIkmReport } from './useIkmReport'

/**
 * The office's Indeks Kepuasan Masyarakat (`/ikm`): a period (this month to start) and a service,
 * and its report as common/ikm computes it (skm.ikm), printed as the `ikm_report` document.
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
        {/* The same report on A4 through the documents pipeline (core/documents/ikm-report.ts). */}
        {report ? <PrintAction input={{ kind: 'ikm_report', period, procedureId }} printKey /> : null}
      </Group>
      <IkmFilters
        period={period}
        procedureId={procedureId}
        thisYear={thisYear}
        onPeriod={setPeriod}
        onProcedure={setProcedureId}
      />
      <ErrorAlert error={failure} />
      {report ? <IkmReportView report={report} /> : loading ? <Loader aria-label={t('app.loading')} /> : null}
    </Stack>
  )
}
