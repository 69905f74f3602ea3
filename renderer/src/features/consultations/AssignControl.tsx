import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconUserCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../../../common/roles'
import type { ChannelOutput } from '../../../../common/contract'
import { call } from '../../api/client'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import type { OwedReason } from './OverrunReason'
import { OverrunReason } from './OverrunReason'

type Assignees = ChannelOutput<'consultations.assignees'>

interface AssignValues {
  assigneeId: string | null
  note: string
  reason: string
}

/**
 * The head's disposition (seed 000 step 3) in one action: a team member (with how many open
 * consultations each already has), a short note, and — when the running step overran — why.
 * `inline` puts it on one line under a row of "my work"; otherwise stacked in the Disposisi card.
 */
export function AssignControl({
  consultation,
  assignees,
  owed,
  inline = false,
  reassign = false,
  onAssigned,
}: {
  consultation: { id: string; number: string }
  assignees: Assignees
  owed: OwedReason | null
  inline?: boolean
  reassign?: boolean
  onAssigned?: (detail: ChannelOutput<'consultations.assign'>) => void
}) {
  const { t } = useTranslation()
  const form = useForm<AssignValues>({
    mode: 'controlled',
    initialValues: { assigneeId: null, note: '', reason: '' },
    validate: {
      assigneeId: (value) => (value ? null : t('consultations.assign.memberMissing')),
      reason: (value) => (owed && value.trim() === '' ? t('consultations.reason.missing') : null),
    },
  })
  const { submit, failure, busy } = useCoreSubmit(form, async (values) => {
    if (!values.assigneeId) return
    const detail = await call('consultations.assign', {
      consultationId: consultation.id,
      assigneeId: values.assigneeId,
      note: values.note,
      ...(owed && values.reason.trim() ? { reason: values.reason } : {}),
    })
    form.reset()
    notifications.show({
      color: 'teal',
      message: t('consultations.assign.done', {
        number: detail.number,
        name: detail.assignment?.assigneeName ?? '',
      }),
    })
    onAssigned?.(detail)
  })
  const roleWord = (role: string) => {
    const known = Role.safeParse(role)
    return known.success ? t(`roles.${known.data}`) : role
  }
  const data = assignees.map((member) => ({
    value: member.id,
    label: t('consultations.assign.memberOption', {
      name: member.fullName,
      role: roleWord(member.role),
      open: member.open,
    }),
  }))
  const member = (
    <Select
      label={inline ? undefined : t('consultations.assign.member')}
      aria-label={t('consultations.assign.memberFor', { number: consultation.number })}
      placeholder={t('consultations.assign.memberPlaceholder')}
      data={data}
      searchable
      withAsterisk={!inline}
      comboboxProps={{ withinPortal: true }}
      miw={inline ? 300 : undefined}
      style={inline ? { flex: '1 1 300px' } : undefined}
      {...form.getInputProps('assigneeId')}
    />
  )
  const note = (
    <TextInput
      label={inline ? undefined : t('consultations.assign.note')}
      aria-label={t('consultations.assign.noteFor', { number: consultation.number })}
      placeholder={t('consultations.assign.notePlaceholder')}
      maxLength={2000}
      style={inline ? { flex: '2 1 220px' } : undefined}
      {...form.getInputProps('note')}
    />
  )
  const button = (
    <Button type="submit" leftSection={<IconUserCheck size={18} />} loading={busy}>
      {reassign ? t('consultations.assign.reassign') : t('consultations.assign.submit')}
    </Button>
  )
  return (
    <form onSubmit={submit} noValidate onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}>
      <Stack gap="xs">
        {owed ? <OverrunReason owed={owed} {...form.getInputProps('reason')} /> : null}
        {inline ? (
          <Group gap="xs" align="flex-start" wrap="wrap">
            {member}
            {note}
            {button}
          </Group>
        ) : (
          <>
            {member}
            {note}
            <Group>{button}</Group>
          </>
        )}
        <ErrorAlert error={failure} />
      </Stack>
    </form>
  )
}
