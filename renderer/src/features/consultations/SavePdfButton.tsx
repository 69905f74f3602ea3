import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentIssueInput } from '../../../../common/printing'
import { asRpcError, call } from '../../api/client'
import { useLocale } from '../../i18n'
import { base64ToBytes } from '../printing/pdf'

/** Hands bytes to the browser as a file download: Electron asks where to save it, a browser saves it. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/pdf' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // After the download has taken the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * "Simpan PDF": the document's kept PDF — the very bytes the printer gets (documents.pdf) — saved
 * as a file, so the officer can attach it to the e-mail that answers a consultation.
 */
export function SavePdfButton({
  input,
  fileName,
  label,
}: {
  input: DocumentIssueInput
  fileName: string
  /** What the button says to a screen reader: which document it saves. */
  label: string
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      const doc = await call('documents.issue', input)
      const pdf = await call('documents.pdf', { documentId: doc.id })
      download(base64ToBytes(pdf.base64), fileName)
      notifications.show({ color: 'teal', message: t('consultations.detail.pdfSaved', { file: fileName }) })
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: pick(asRpcError(error).message) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={18} />}
      loading={busy}
      onClick={() => void save()}
      aria-label={t('consultations.detail.savePdfOf', { kind: label })}
    >
      {t('consultations.detail.savePdf')}
    </Button>
  )
}
