import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { VisitView } from '../../../../common/visits'
import { useLocale } from '../../i18n'
import { useOfficeFormat } from '../queue/time'

/** An NIP shown in part only, as an NIK is. */
function maskNip(nip: string): string {
  return nip.length > 8 ? `${nip.slice(0, 4)}${'•'.repeat(nip.length - 8)}${nip.slice(-4)}` : nip
}

/** Who came and for what: the visitor, their masked number, the purpose and SOP, arrival and call, notes. */
export function VisitWho({ view }: { view: VisitView }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const fmt = useOfficeFormat()
  const { visitor, procedure } = view
  return (
    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
      <Text fw={700} fz="lg">
        {visitor.fullName}
      </Text>
      <Text fz="sm" c="dimmed">
        {visitor.nikMasked
          ? t('queue.visit.nik', { nik: visitor.nikMasked })
          : visitor.nip
            ? t('queue.visit.nip', { nip: maskNip(visitor.nip) })
            : t('queue.visit.noIdentity')}
      </Text>
      <Text fz="sm">
        {t(`domain.purposes.${view.purpose}`)}
        {procedure ? ` · ${pick(procedure.name)} (SOP ${procedure.code})` : ''}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('queue.visit.arrived', { time: fmt.time(view.arrivedAt) })}
        {view.calledAt !== null
          ? ` · ${t('queue.visit.calledBy', { counter: view.calledBy ?? '—', time: fmt.time(view.calledAt) })}`
          : ''}
      </Text>
      {view.notes ? (
        <Text fz="sm">
          <Text span c="dimmed" fz="inherit">
            {t('queue.visit.notes')}:{' '}
          </Text>
          {view.notes}
        </Text>
      ) : null}
    </Stack>
  )
}
