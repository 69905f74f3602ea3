import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_ATTACHMENTS } from '../../../../common/consultations/consultation'
import type { AttachmentRow } from './attachments'
import { BLANK_ROW } from './attachments'

/**
 * The attachments list as a small table that is typed, not clicked: Enter in the last row adds
 * one and moves into it, Backspace in an empty row removes it and goes back up; each row's remove
 * button and the add button are in the Tab order too.
 */
export function AttachmentsEditor({
  rows,
  onChange,
  errorOf,
}: {
  rows: AttachmentRow[]
  onChange: (rows: AttachmentRow[]) => void
  errorOf: (index: number, field: 'description' | 'pages') => ReactNode
}) {
  const { t } = useTranslation()
  const prefix = useId()
  const focus = (index: number) =>
    requestAnimationFrame(() => document.getElementById(`${prefix}-desc-${index}`)?.focus())
  const add = () => {
    if (rows.length >= MAX_ATTACHMENTS) return
    onChange([...rows, BLANK_ROW])
    focus(rows.length)
  }
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index))
    if (rows.length > 1) focus(Math.max(0, index - 1))
  }
  const change = (index: number, row: AttachmentRow) =>
    onChange(rows.map((existing, i) => (i === index ? row : existing)))
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const row = rows[index]
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter') {
      // Enter never submits the form from here: it moves down the list, adding a row at its end.
      event.preventDefault()
      if (index === rows.length - 1) add()
      else focus(index + 1)
    } else if (event.key === 'Backspace' && row.description === '' && row.pages === '') {
      event.preventDefault()
      remove(index)
    }
  }
  return (
    <Stack gap="xs">
      {rows.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('consultations.attachments.none')}
        </Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((row, index) => (
            <Group component="li" key={index} gap="xs" align="flex-start" wrap="nowrap">
              <Text fz="sm" c="dimmed" w={20} pt={8} ta="right" aria-hidden>
                {index + 1}.
              </Text>
              <TextInput
                id={`${prefix}-desc-${index}`}
                aria-label={t('consultations.attachments.description', { no: index + 1 })}
                placeholder={t('consultations.attachments.descriptionPlaceholder')}
                value={row.description}
                maxLength={200}
                error={errorOf(index, 'description')}
                onChange={(event) => change(index, { ...row, description: event.currentTarget.value })}
                onKeyDown={onKeyDown(index)}
                style={{ flex: 1 }}
              />
              <NumberInput
                aria-label={t('consultations.attachments.pages', { no: index + 1 })}
                placeholder={t('consultations.attachments.pagesPlaceholder')}
                value={row.pages}
                min={1}
                max={10_000}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                error={errorOf(index, 'pages')}
                onChange={(value) => change(index, { ...row, pages: typeof value === 'number' ? value : '' })}
                onKeyDown={onKeyDown(index)}
                w={90}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={2}
                aria-label={t('consultations.attachments.remove', { no: index + 1 })}
                onClick={() => remove(index)}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <Group gap="md">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} />}
          onClick={add}
          disabled={rows.length >= MAX_ATTACHMENTS}
        >
          {t('consultations.attachments.add')}
        </Button>
        <Text fz="xs" c="dimmed">
          {t('consultations.attachments.keys')}
        </Text>
      </Group>
    </Stack>
  )
}
