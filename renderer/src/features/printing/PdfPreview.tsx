import { Alert, Box, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCoreQuery } from '../../api/queries'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { base64ToBytes, renderPdf } from './pdf'

/**
 * A kept document as it will print: the core's very PDF bytes (documents.pdf) drawn by pdf.js,
 * every page at true size stacked in a scroll area, under its document number. The app never
 * prints this picture; the printer gets the same bytes from the core.
 */
export function PdfPreview({ documentId, height }: { documentId: string; height: string }) {
  const { t } = useTranslation()
  const pdf = useCoreQuery('documents.pdf', { documentId })
  const pagesRef = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading')
  const [count, setCount] = useState(0)
  const base64 = pdf.data?.base64

  useEffect(() => {
    const host = pagesRef.current
    if (!base64 || !host) return
    const abort = new AbortController()
    setState('loading')
    renderPdf(base64ToBytes(base64), abort.signal)
      .then((pages) => {
        if (abort.signal.aborted) return
        host.replaceChildren(
          ...pages.map(({ canvas }, index) => {
            canvas.setAttribute('role', 'img')
            canvas.setAttribute(
              'aria-label',
              t('printing.preview.page', { no: index + 1, count: pages.length }),
            )
            canvas.dataset.testid = 'pdf-page'
            // A sheet on the grey desk: the paper's edge shows where the printer's page ends.
            canvas.style.display = 'block'
            canvas.style.background = 'white'
            canvas.style.boxShadow = '0 1px 4px rgba(0, 0, 0, 0.25)'
            canvas.style.flexShrink = '0'
            return canvas
          }),
        )
        setCount(pages.length)
        setState('ready')
      })
      .catch(() => {
        if (!abort.signal.aborted) setState('failed')
      })
    return () => abort.abort()
  }, [base64, t])

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <Text fz="sm">
          {t('printing.preview.number')}{' '}
          <Text span fw={700} ff="monospace" data-testid="document-number">
            {pdf.data?.number ?? '…'}
          </Text>
        </Text>
        <Text fz="xs" c="dimmed">
          {t('printing.preview.trueSize')}
          {count > 1 ? ` · ${t('printing.preview.pages', { count })}` : ''}
        </Text>
      </Group>
      <ErrorAlert error={pdf.error?.error ?? null} />
      {state === 'failed' ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />}>
          {t('printing.preview.failed')}
        </Alert>
      ) : null}
      <ScrollArea h={height} type="auto" bg="gray.2" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        {state === 'loading' && !pdf.error ? (
          <Group justify="center" p="xl">
            <Loader aria-label={t('printing.preview.loading')} />
          </Group>
        ) : null}
        {/* Filled with the pages' canvases by the effect above; React keeps no children here. */}
        <Box
          ref={pagesRef}
          p="md"
          display={state === 'ready' ? 'flex' : 'none'}
          style={{ flexDirection: 'column', alignItems: 'center', gap: 16, minWidth: 'fit-content' }}
        />
      </ScrollArea>
    </Stack>
  )
}
