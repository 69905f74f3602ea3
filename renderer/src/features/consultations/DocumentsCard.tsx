import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ConsultationDetail } from '../../../../common/consultations/views'
import type { DocumentIssueInput } from '../../../../common/printing'
import { SectionCard } from '../../shell/SectionCard'
import { PrintAction } from '../printing/PrintAction'
import { VisitJobs } from '../printing/VisitJobs'
import { SavePdfButton } from './SavePdfButton'

/**
 * Dokumen (seed 000 step 6): the copy of the consultation history and the satisfaction form, each
 * printed through the desk's print pipeline (preview, printer, copies, the job's state) or saved
 * as a PDF to go with an e-mail. Ctrl+P opens the copy.
 */
export function DocumentsCard({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation()
  const documents: { input: DocumentIssueInput; label: string; file: string }[] = [
    {
      input: { kind: 'consultation_copy', consultationId: consultation.id },
      label: t('consultations.detail.copy'),
      file: `${consultation.number}.pdf`,
    },
    {
      input: { kind: 'skm_form', visitId: consultation.caseVisit.id },
      label: t('consultations.detail.skmForm'),
      file: `${consultation.number}-SKM.pdf`,
    },
  ]
  return (
    <SectionCard title={t('consultations.detail.documents')} titleId="consultation-documents-title" gap="sm">
      <Text fz="xs" c="dimmed">
        {t('consultations.detail.documentsHint')}
      </Text>
      <Group gap="xl" wrap="wrap">
        {documents.map((doc, index) => (
          <Group key={doc.input.kind} gap="xs" wrap="nowrap">
            <PrintAction input={doc.input} label={doc.label} printKey={index === 0} />
            <SavePdfButton input={doc.input} fileName={doc.file} label={doc.label} />
          </Group>
        ))}
      </Group>
      {/* The print jobs of the case's documents (the SKM form is the case visit's; the copy may be too). */}
      <VisitJobs visitId={consultation.caseVisit.id} />
    </SectionCard>
  )
}
