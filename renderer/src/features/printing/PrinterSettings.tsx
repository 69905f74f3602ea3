import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconInfoCircle, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RpcError } from '../../../../common/errors'
import type { DeskPrintSettings, PrintersView } from '../../../../common/printing'
import { RECEIPT_PAPER_KEYS, ReceiptPaper } from '../../../../common/printing'
import { asRpcError, call } from '../../api/client'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { usePrintProblemText } from './jobs'
import { PrinterSelect } from './PrinterSelect'

/**
 * This PC's printers (print.printers, print.setup): which of the OS's printers takes tickets and on
 * which paper, which takes A4 documents, and whether a walk-in's ticket prints by itself. Local to
 * the desk, never synced, so it has its own save apart from the office's settings.
 */
export function PrinterSettings() {
  const { t } = useTranslation()
  const query = useCoreQuery('print.printers', {})
  return (
    <Card withBorder padding="xl" radius="md" component="section" aria-labelledby="settings-printers-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg" id="settings-printers-title">
              {t('printing.settings.printersTitle')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('printing.settings.printersHint')}
            </Text>
          </div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={16} />}
            loading={query.isFetching}
            onClick={() => void query.refetch()}
          >
            {t('printing.settings.refresh')}
          </Button>
        </Group>
        <ErrorAlert error={query.error?.error ?? null} />
        {query.data ? (
          <PrinterForm key={JSON.stringify(query.data.settings)} view={query.data} />
        ) : query.error ? null : (
          <Loader aria-label={t('app.loading')} />
        )}
      </Stack>
    </Card>
  )
}

function PrinterForm({ view }: { view: PrintersView }) {
  const { t } = useTranslation()
  const problemText = usePrintProblemText()
  const [values, setValues] = useState<DeskPrintSettings>(view.settings)
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (change: Partial<DeskPrintSettings>) => setValues((v) => ({ ...v, ...change }))

  const save = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await call('print.setup', values)
      notifications.show({ color: 'green', message: t('printing.settings.saved') })
    } catch (error) {
      setFailure(asRpcError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md">
      {view.problem || view.printers.length === 0 ? (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={20} />} role="status">
          {view.problem
            ? t('printing.dialog.spoolerProblem', { problem: problemText(view.problem) })
            : t('printing.dialog.noPrinters')}
        </Alert>
      ) : null}
      <ErrorAlert error={failure} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <PrinterSelect
          label={t('printing.settings.receiptPrinter')}
          printers={view.printers}
          value={values.receiptPrinter}
          onChange={(receiptPrinter) => set({ receiptPrinter })}
          allowNone
        />
        <Select
          label={t('printing.settings.receiptPaper')}
          data={RECEIPT_PAPER_KEYS.map((paper) => ({
            value: paper,
            label: t(`printing.settings.papers.${paper}`),
          }))}
          value={values.receiptPaper}
          allowDeselect={false}
          onChange={(value) => {
            const paper = ReceiptPaper.safeParse(value)
            if (paper.success) set({ receiptPaper: paper.data })
          }}
        />
        <PrinterSelect
          label={t('printing.settings.documentPrinter')}
          printers={view.printers}
          value={values.documentPrinter}
          onChange={(documentPrinter) => set({ documentPrinter })}
          allowNone
        />
      </SimpleGrid>
      <Switch
        label={t('printing.settings.autoPrint')}
        checked={values.autoPrintReceipt}
        onChange={(event) => set({ autoPrintReceipt: event.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button leftSection={<IconDeviceFloppy size={18} />} loading={busy} onClick={() => void save()}>
          {t('printing.settings.save')}
        </Button>
      </Group>
    </Stack>
  )
}
