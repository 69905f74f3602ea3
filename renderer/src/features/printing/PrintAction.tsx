import type { ButtonProps } from '@mantine/core'
import { Button, Kbd } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentIssueInput, DocumentView } from '../../../../common/printing'
import { asRpcError, call } from '../../api/client'
import { useLocale } from '../../i18n'
import { usePrintKeyTarget } from './print-key'
import { PrintDialog } from './PrintDialog'

/**
 * A "print this" button: asks the core for the document (made once and kept; a daily log anew),
 * then opens its preview and print dialog. With `printKey`, Ctrl+P on the screen does the same.
 */
export function PrintAction({
  input,
  label,
  printKey = false,
  ...button
}: {
  input: DocumentIssueInput
  label?: string
  printKey?: boolean
} & Omit<ButtonProps, 'children' | 'onClick' | 'loading'>) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const [doc, setDoc] = useState<DocumentView | null>(null)
  const [busy, setBusy] = useState(false)

  const open = async () => {
    if (busy || doc) return
    setBusy(true)
    try {
      setDoc(await call('documents.issue', input))
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: pick(asRpcError(error).message) })
    } finally {
      setBusy(false)
    }
  }
  usePrintKeyTarget(() => void open(), printKey)

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={18} />}
        rightSection={printKey ? <Kbd size="xs">Ctrl+P</Kbd> : undefined}
        {...button}
        loading={busy}
        onClick={() => void open()}
      >
        {label ?? t(`printing.actions.${input.kind}`)}
      </Button>
      <PrintDialog document={doc} onClose={() => setDoc(null)} />
    </>
  )
}
