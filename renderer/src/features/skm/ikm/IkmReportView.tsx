import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocale } from '../../../i18n'
import { SectionCard } from '../../../shell/SectionCard'
import type { IkmReport } from '../../../../../common/ikm/report'

/** A figure as the report prints it: fixed decimals, a decimal comma in Indonesian (88,31). */
function useNumber() {
  const { locale } = useLocale()
  return (value: number | null, digits = 2) =>
    value === null
      ? '—'
      : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value)
}

/**
 * One period's IKM as computed by common/ikm (the same IkmReport the printed report reads): the
 * index and its grade, the respondents against the least sample, each element's NRR and NRR
 * tertimbang with the weakest marked, and the trend over the periods before it.
 */
export function IkmReportView({ report }: { report: IkmReport }) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const num = useNumber()
  const nameOf = (id: string) => report.elements.find((e) => e.id === id)?.name
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder radius="md" p="lg" aria-labelledby="ikm-index">
          <Text fz="sm" c="dimmed" id="ikm-index">
            {t('skm.ikm.ikm')} · {pick(report.periodLabel)}
            {report.serviceName ? ` · ${pick(report.serviceName)}` : ''}
          </Text>
          {report.ikm === null ? (
            <Text fz="lg" fw={600} mt="sm">
              {t('skm.ikm.noAnswers')}
            </Text>
          ) : (
            <>
              <Text fz={56} fw={700} lh={1.1} c="loket.8" data-testid="ikm-value">
                {num(report.ikm)}
              </Text>
              {report.category ? (
                <Text fz="lg" fw={600} data-testid="ikm-grade">
                  {t('skm.ikm.grade', {
                    grade: report.category.grade,
                    performance: pick(report.category.performance),
                  })}
                </Text>
              ) : null}
            </>
          )}
          <Text fz="xs" c="dimmed" mt="xs">
            {report.questionnaireLabel}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Group justify="space-between" align="flex-start">
            <Text fz="sm" c="dimmed">
              {t('skm.ikm.respondents')}
            </Text>
            <Badge color={report.sampleMet ? 'teal' : 'orange'} variant="light">
              {report.sampleMet ? t('skm.ikm.sampleMet') : t('skm.ikm.sampleShort')}
            </Badge>
          </Group>
          <Text fz={40} fw={700} lh={1.1} data-testid="ikm-respondents">
            {report.respondents}
          </Text>
          <Text fz="sm">
            {t('skm.ikm.sample', {
              respondents: report.respondents,
              minimum: report.minimumSample,
              population: report.population,
            })}
          </Text>
          {report.weakest.length > 0 ? (
            <>
              <Text fz="sm" fw={600} mt="sm">
                {t('skm.ikm.weakest')}
              </Text>
              <List size="sm">
                {report.weakest.map((id) => {
                  const name = nameOf(id)
                  return <List.Item key={id}>{`${id} ${name ? pick(name) : ''}`}</List.Item>
                })}
              </List>
            </>
          ) : null}
        </Paper>
      </SimpleGrid>
      {report.otherVersions.map((other) => (
        <Text key={other.version} fz="sm" c="dimmed">
          {t('skm.ikm.otherVersions', { count: other.respondents, version: other.version })}
        </Text>
      ))}
      <SectionCard title={t('skm.ikm.elements')} titleSize="md" gap="sm">
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('skm.ikm.element')}</Table.Th>
              <Table.Th ta="right">{t('skm.ikm.nrr')}</Table.Th>
              <Table.Th ta="right">{t('skm.ikm.weighted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.elements.map((element) => {
              const weak = report.weakest.includes(element.id)
              return (
                <Table.Tr key={element.id} fw={weak ? 700 : undefined} c={weak ? 'orange.9' : undefined}>
                  <Table.Td>
                    {element.id} {pick(element.name)}
                  </Table.Td>
                  <Table.Td ta="right">{num(element.nrrRounded)}</Table.Td>
                  <Table.Td ta="right">{num(element.weighted, 3)}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </SectionCard>
      <SectionCard title={t('skm.ikm.trend')} titleSize="md" gap="sm">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('skm.ikm.trendPeriod')}</Table.Th>
              <Table.Th ta="right">{t('skm.ikm.respondents')}</Table.Th>
              <Table.Th ta="right">{t('skm.ikm.ikm')}</Table.Th>
              <Table.Th ta="center">{t('skm.ikm.gradeShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.trend.map((point, i) => (
              <Table.Tr key={i} fw={i === report.trend.length - 1 ? 700 : undefined}>
                <Table.Td>{pick(point.periodLabel)}</Table.Td>
                <Table.Td ta="right">{point.respondents}</Table.Td>
                <Table.Td ta="right">{num(point.ikm)}</Table.Td>
                <Table.Td ta="center">{point.grade ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SectionCard>
    </Stack>
  )
}
