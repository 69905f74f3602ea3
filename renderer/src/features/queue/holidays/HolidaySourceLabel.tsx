import { Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HolidaySource } from '../../../../../common/holidays'

/**
 * Where a day off comes from (issue 8, fault 12): the decree's short name ("SKB 3 Menteri 2026")
 * with its full citation on hover and on keyboard focus, "Tanggal tetap" for a fixed-date holiday
 * known by rule, or "Lokal" with the desk an administrator added it on.
 */
export function HolidaySourceLabel({ source }: { source: HolidaySource }) {
  const { t } = useTranslation()
  const [label, why, dimmed] =
    source.kind === 'decree'
      ? [source.label ?? '', source.citation ?? '', false]
      : source.kind === 'rule'
        ? [t('queue.holidays.sourceRule'), t('queue.holidays.sourceRuleWhy'), false]
        : [
            source.deskCode
              ? t('queue.holidays.sourceLocalDesk', { desk: source.deskCode })
              : t('queue.holidays.sourceLocalCentral'),
            t('queue.holidays.sourceOfficeWhy'),
            true,
          ]
  return (
    <Tooltip label={why} multiline w={380} events={{ hover: true, focus: true, touch: true }} withinPortal>
      <Text
        fz="sm"
        c={dimmed ? 'dimmed' : undefined}
        tabIndex={0}
        title={source.kind === 'decree' ? why : undefined}
        data-source-kind={source.kind}
        style={{ cursor: 'help', textDecoration: 'underline dotted' }}
      >
        {label}
      </Text>
    </Tooltip>
  )
}
