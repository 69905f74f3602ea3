import { Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '../../../shell/SectionCard'
import type { LateForm } from './useLateEntry'

/** How the visit ended (required) and any notes, as written on the paper. */
export function LateResultSection({ fields }: { fields: LateForm }) {
  const { t } = useTranslation()
  const { values, errorOf, blur, setField } = fields
  return (
    <SectionCard title={t('frontdesk.late.result')}>
      <Textarea
        withAsterisk
        autosize
        minRows={2}
        maxRows={6}
        label={t('frontdesk.late.outcome')}
        description={t('frontdesk.late.outcomeHint')}
        value={values.outcome}
        error={errorOf('outcome')}
        onChange={(event) => setField('outcome', event.currentTarget.value)}
        onBlur={() => blur('outcome')}
      />
      <Textarea
        autosize
        minRows={2}
        maxRows={6}
        label={t('frontdesk.late.notes')}
        value={values.notes}
        error={errorOf('notes')}
        onChange={(event) => setField('notes', event.currentTarget.value)}
      />
    </SectionCard>
  )
}
