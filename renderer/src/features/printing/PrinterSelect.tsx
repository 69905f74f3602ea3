import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PrinterView } from '../../../../common/printing'

/**
 * A printer from the OS's list, each with its state (stopped, offline) so the choice is made
 * knowing; a chosen name the OS no longer reports stays listed as not found rather than vanishing.
 */
export function PrinterSelect({
  printers,
  value,
  onChange,
  allowNone = false,
  ...props
}: {
  printers: readonly PrinterView[]
  value: string | null
  onChange: (name: string | null) => void
  allowNone?: boolean
} & Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  const { t } = useTranslation()
  const NONE = '\u0000none'
  const data = printers.map((printer) => ({
    value: printer.name,
    label: `${printer.name} — ${t(`printing.printerStates.${printer.state}`)}`,
  }))
  if (value && !printers.some((p) => p.name === value))
    data.unshift({ value, label: t('printing.settings.notListed', { printer: value }) })
  if (allowNone) data.unshift({ value: NONE, label: t('printing.settings.none') })
  return (
    <Select
      {...props}
      data={data}
      value={value ?? (allowNone ? NONE : null)}
      onChange={(next) => onChange(next === NONE ? null : next)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
