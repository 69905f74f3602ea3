import { Select, SimpleGrid, TextInput } from '@mantine/core'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Procedure } from '../../../../../common/procedures'
import type { RpcError } from '../../../../../common/errors'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { useLocale } from '../../../i18n'
import { SectionCard } from '../../../shell/SectionCard'
import type { ServiceChoice } from '../choices'
import { useOfficeFormat } from '../format'
import { withArrivalDate, withArrivalTime } from './late-entry'
import { DateField, TimeField } from './LateFields'
import type { LateForm } from './useLateEntry'

/**
 * The visit as written on the paper: what the visitor came for (a procedure, or a purpose no
 * procedure covers), when they arrived in the office's time zone, and the paper queue number.
 */
export function LateVisitSection({
  fields,
  choices,
  procedures,
  proceduresFailure,
  onChoose,
  purposeRef,
}: {
  fields: LateForm
  choices: readonly ServiceChoice[]
  /** Null while they load. */
  procedures: readonly Procedure[] | null
  proceduresFailure: RpcError | null
  onChoose: (key: string | null) => void
  purposeRef: RefObject<HTMLInputElement | null>
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const { values, errorOf, blur, setField, update } = fields
  const choiceData = [
    {
      group: t('frontdesk.late.procedures'),
      items: choices
        .filter((c) => c.procedure)
        .map((c) => ({
          value: c.key,
          label: `${c.procedure?.code ?? ''} · ${t(`domain.purposes.${c.purpose}`)} — ${pick(c.procedure?.name ?? { id: '', en: '' })}`,
        })),
    },
    {
      group: t('frontdesk.late.withoutProcedure'),
      items: choices
        .filter((c) => !c.procedure)
        .map((c) => ({ value: c.key, label: t(`domain.purposes.${c.purpose}`) })),
    },
  ]
  return (
    <SectionCard title={t('frontdesk.late.visit')}>
      {proceduresFailure ? <ErrorAlert error={proceduresFailure} /> : null}
      <Select
        ref={purposeRef}
        withAsterisk
        searchable
        label={t('frontdesk.late.purpose')}
        placeholder={procedures ? t('frontdesk.late.purposePlaceholder') : t('app.loading')}
        data={choiceData}
        value={values.choice}
        onChange={onChoose}
        onBlur={() => blur('purpose')}
        error={errorOf('purpose')}
        nothingFoundMessage={t('frontdesk.late.nothingFound')}
        maxDropdownHeight={360}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField
          withAsterisk
          withWeekday
          label={t('frontdesk.late.arrivalDate')}
          value={values.arrivalDate}
          error={Boolean(errorOf('arrivedAt'))}
          onValue={(value) => update((current) => withArrivalDate(current, value))}
          onBlur={() => blur('arrivedAt')}
        />
        <TimeField
          withAsterisk
          label={t('frontdesk.late.arrivalTime', { zone: fmt.zoneLabel })}
          value={values.arrivalTime}
          error={errorOf('arrivedAt')}
          onValue={(value) => update((current) => withArrivalTime(current, value))}
          onBlur={() => blur('arrivedAt')}
        />
        <TextInput
          label={t('frontdesk.late.queueNumber')}
          description={t('frontdesk.late.queueNumberHint')}
          maxLength={16}
          value={values.queueNumber}
          error={errorOf('queueNumber')}
          onChange={(event) => setField('queueNumber', event.currentTarget.value.toUpperCase())}
        />
      </SimpleGrid>
    </SectionCard>
  )
}
