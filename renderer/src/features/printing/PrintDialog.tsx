import { Alert, Button, Group, Modal, NumberInput, Paper, Stack, Text } from '@mantine/core'
import { IconCopy, IconInfoCircle, IconPrinter } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { DocumentView, PrintJobState } from '../../../../common/printing'
import { MAX_COPIES, TARGET_OF } from '../../../../common/printing'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { JobItem } from './JobItem'
import { usePrintJobs, usePrintProblemText } from './jobs'
import { PdfPreview } from './PdfPreview'
import { PrinterSelect } from './PrinterSelect'

/**
 * A kept document's preview and its print: the printer (the desk's for its kind unless another is
 * chosen), copies, a word when it goes out as SALINAN, and once sent the job's state as the core
 * tells it (by event, no polling).
 */
export function PrintDialog({
  document: doc,
  onClose,
}: {
  document: DocumentView | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={doc !== null}
      onClose={onClose}
      size={1080}
      title={
        doc ? t('printing.dialog.title', { kind: t(`printing.kinds.${doc.kind}`), number: doc.number }) : ''
      }
      styles={{ title: { fontWeight: 700 } }}
    >
      {doc ? <PrintPanel key={doc.id} doc={doc} /> : null}
    </Modal>
  )
}

/** A job in these states went to the spooler: it is in the print log, and the document counts as printed. */
const REACHED_PRINTER: readonly PrintJobState[] = ['spooled', 'held', 'done']

function PrintPanel({ doc }: { doc: DocumentView }) {
  const { t } = useTranslation()
  const problemText = usePrintProblemText()
  const printers = useCoreQuery('print.printers', {}).data
  const jobs = usePrintJobs()
  const target = TARGET_OF[doc.kind]
  const deskPrinter = printers
    ? target === 'receipt'
      ? printers.settings.receiptPrinter
      : printers.settings.documentPrinter
    : null
  const [chosen, setChosen] = useState<string | null>(null)
  const printer = chosen ?? deskPrinter
  const [copies, setCopies] = useState<number>(1)
  const [jobId, setJobId] = useState<string | null>(null)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const job = jobs.find((j) => j.id === jobId) ?? null
  // Printed before (the print log says so), or a job of it reached the printer since this dialog
  // opened: the next print goes out stamped SALINAN.
  const reprint =
    doc.printed > 0 || jobs.some((j) => j.documentId === doc.id && REACHED_PRINTER.includes(j.state))

  const submit = async () => {
    if (!printer) return
    setBusy(true)
    setFailure(null)
    try {
      const sent = await call('print.submit', {
        documentId: doc.id,
        copies,
        ...(printer === deskPrinter ? {} : { printer }),
      })
      setJobId(sent.id)
      notifications.show({
        color: 'teal',
        message: t('printing.dialog.submitted', { printer: sent.printer }),
      })
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PrinterSelect
          label={t('printing.dialog.printer')}
          placeholder={t('printing.dialog.printerNone')}
          description={chosen && chosen !== deskPrinter ? undefined : t('printing.dialog.printerDefault')}
          printers={printers?.printers ?? []}
          value={printer}
          onChange={setChosen}
          // The focus goes where the next key is useful: the printer while none is set, else Print.
          data-autofocus={printer ? undefined : true}
          w={360}
        />
        <NumberInput
          label={t('printing.dialog.copies')}
          min={1}
          max={MAX_COPIES}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          value={copies}
          onChange={(value) => setCopies(typeof value === 'number' && value >= 1 ? value : 1)}
          w={130}
        />
        <Button
          data-autofocus={printer ? true : undefined}
          size="sm"
          leftSection={<IconPrinter size={18} />}
          loading={busy}
          disabled={!printer}
          onClick={() => void submit()}
        >
          {t('printing.dialog.print')}
        </Button>
      </Group>
      {reprint ? (
        <Text fz="sm" c="orange.9" fw={500}>
          <IconCopy size={16} style={{ verticalAlign: 'text-bottom' }} aria-hidden />{' '}
          {t('printing.dialog.reprint')}
        </Text>
      ) : null}
      {printers && !printer ? (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={20} />} p="xs">
          <Text fz="sm">
            {printers.problem
              ? t('printing.dialog.spoolerProblem', { problem: problemText(printers.problem) })
              : printers.printers.length === 0
                ? t('printing.dialog.noPrinters')
                : t('printing.dialog.chooseHint')}{' '}
            {t('printing.dialog.settingsHint')}
          </Text>
        </Alert>
      ) : null}
      <ErrorAlert error={failure} />
      {job ? (
        <Paper withBorder p="xs" radius="sm" aria-live="polite" aria-label={t('printing.dialog.jobTitle')}>
          <JobItem job={job} compact />
        </Paper>
      ) : null}
      <PdfPreview documentId={doc.id} height="calc(100vh - 330px)" />
    </Stack>
  )
}
