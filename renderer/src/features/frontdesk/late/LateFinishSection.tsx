import { SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '../../../shell/SectionCard'
import { useOfficeFormat } from '../format'
import { DateField, TimeField } from './LateFields'
import type { LateForm } from './useLateEntry'

/** For a purpose without a procedure (no steps): when the visit was finished, in the office's time zone. */
export function LateFinishSection({ fields }: { fields: LateForm }) {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const { values, errorOf, blur, setField } = fields
  return (
    <SectionCard title={t('frontdesk.late.finish')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField
          withAsterisk
          withWeekday
          label={t('frontdesk.late.finishDate')}
          value={values.finishDate}
          error={Boolean(errorOf('finishedAt'))}
          onValue={(value) => setField('finishDate', value)}
          onBlur={() => blur('finishedAt')}
        />
        <TimeField
          withAsterisk
          label={t('frontdesk.late.finishTime', { zone: fmt.zoneLabel })}
          value={values.finishTime}
          error={errorOf('finishedAt')}
          onValue={(value) => setField('finishTime', value)}
          onBlur={() => blur('finishedAt')}
        />
      </SimpleGrid>
    </SectionCard>
  )
}
