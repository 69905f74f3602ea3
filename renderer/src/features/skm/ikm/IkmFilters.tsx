import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { format } from 'date-fns'
import { enGB, id as idLocale } from 'date-fns/locale'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../../api/queries'
import { useLocale } from '../../../i18n'
import type { IkmPeriod, IkmPeriodKind } from '../../../../../common/ikm/periods'
import { IKM_PERIOD_KINDS, periodsPerYear } from '../../../../../common/ikm/periods'

const ROMAN = ['I', 'II', 'III', 'IV']
/** Years offered: this one and the five before (offices report on the current and recent years). */
const YEARS_BACK = 5

/** The report's period (kind, which one, year) and service (the whole office, or one procedure). */
export function IkmFilters({
  period,
  procedureId,
  thisYear,
  onPeriod,
  onProcedure,
}: {
  period: IkmPeriod
  procedureId: string | null
  thisYear: number
  onPeriod: (period: IkmPeriod) => void
  onProcedure: (procedureId: string | null) => void
}) {
  const { t } = useTranslation()
  const { locale, pick } = useLocale()
  const procedures = useCoreQuery('procedures.list', {}).data ?? []
  const dateLocale = locale === 'en' ? enGB : idLocale
  const count = periodsPerYear(period.kind)
  const indexLabel = (i: number) =>
    period.kind === 'month'
      ? format(new Date(2000, i - 1, 1), 'LLLL', { locale: dateLocale })
      : (ROMAN[i - 1] ?? String(i))
  const setKind = (kind: IkmPeriodKind) =>
    onPeriod({ kind, year: period.year, index: Math.min(period.index, periodsPerYear(kind)) })

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Stack gap={4}>
        <Text fz="sm" fw={500} id="ikm-kind-label">
          {t('skm.ikm.period')}
        </Text>
        <SegmentedControl
          aria-labelledby="ikm-kind-label"
          value={period.kind}
          onChange={(kind) => setKind(kind as IkmPeriodKind)}
          data={IKM_PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`skm.ikm.kinds.${kind}`) }))}
        />
      </Stack>
      {count > 1 ? (
        <Select
          label={t(`skm.ikm.kinds.${period.kind}`)}
          w={170}
          value={String(period.index)}
          onChange={(value) => value && onPeriod({ ...period, index: Number(value) })}
          data={Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: indexLabel(i + 1) }))}
        />
      ) : null}
      <Select
        label={t('skm.ikm.year')}
        w={110}
        value={String(period.year)}
        onChange={(value) => value && onPeriod({ ...period, year: Number(value) })}
        data={Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i))}
      />
      <Select
        label={t('skm.ikm.service')}
        w={320}
        value={procedureId ?? ''}
        onChange={(value) => onProcedure(value ? value : null)}
        data={[
          { value: '', label: t('skm.ikm.allServices') },
          ...procedures.map((p) => ({ value: p.id, label: `${p.code} · ${pick(p.name)}` })),
        ]}
      />
    </Group>
  )
}
