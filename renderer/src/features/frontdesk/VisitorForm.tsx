import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconDeviceFloppy, IconUserCheck } from '@tabler/icons-react'
import type { ChangeEvent, FormEvent, KeyboardEvent } from 'react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftRestoredAlert } from '../../forms/DraftRestoredAlert'
import type { RpcError } from '../../../../common/errors'
import { digitsOnly } from '../../../../common/identity/normalize'
import { normalizePhone } from '../../../../common/phone'
import type { IdentityReading, VisitorDraft, VisitorHit, VisitorView } from '../../../../common/visitors'
import { BLANK_VISITOR, VisitorFields } from '../../../../common/visitors'
import { call } from '../../api/client'
import { clearDraft, loadDraft, saveDraft } from '../../forms/drafts'
import { ErrorAlert } from '../../forms/ErrorAlert'
import { useCoreSubmit } from '../../forms/useCoreSubmit'
import { zodValidate } from '../../forms/validation'
import { IdentityReadingCard } from './IdentityReadingCard'
import { Shortcut } from './Shortcut'

/** The form's values: every field a string (the contract's input leaves the optional ones out). */
export type VisitorValues = Required<VisitorDraft>

export const EMPTY_VISITOR: VisitorValues = BLANK_VISITOR

/** What is kept in local storage while a visitor's form is being typed. */
export interface VisitorDraftRecord {
  /** The visitor being edited; null for a new one. */
  visitorId: string | null
  values: VisitorValues
}

export function visitorDraftValues(visitor: VisitorView): VisitorValues {
  return {
    fullName: visitor.fullName,
    nik: visitor.nik ?? '',
    nip: visitor.nip ?? '',
    phone: visitor.phoneDisplay ?? visitor.phone ?? '',
    email: visitor.email ?? '',
    organization: visitor.organization ?? '',
    position: visitor.position ?? '',
    address: visitor.address ?? '',
    consent: visitor.consentAt !== null,
  }
}

const LENGTH = { nik: 16, nip: 18 } as const
/** Validated while typing (the others when the field is left, so a half-typed number is not an error yet). */
const CHECKED_ON_CHANGE = ['fullName', 'organization', 'position', 'address', 'consent']

const same = (a: VisitorValues, b: VisitorValues) => JSON.stringify(a) === JSON.stringify(b)

/** The digits typed so far, and whether the value already cannot become a number (a letter). */
function numberState(kind: 'nik' | 'nip', value: string) {
  const digits = digitsOnly(value)
  const malformed = !/^\d*$/.test(digits)
  return { digits, malformed, complete: !malformed && digits.length === LENGTH[kind] }
}

/** What a complete NIK or NIP says, from the core (regions come from its data); the newest answer wins. */
function useIdentityReading(kind: 'nik' | 'nip', value: string): IdentityReading | null {
  const { digits, complete } = numberState(kind, value)
  const [answer, setAnswer] = useState<{ number: string; reading: IdentityReading } | null>(null)
  useEffect(() => {
    if (!complete) return
    let live = true
    const timer = setTimeout(() => {
      call('identity.inspect', { kind, number: digits })
        .then((out) => {
          if (live && out.ok) setAnswer({ number: digits, reading: out.reading })
        })
        // A failed reading only leaves the hint out; the number is still checked on save.
        .catch(() => undefined)
    }, 100)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [kind, digits, complete])
  return complete && answer?.number === digits ? answer.reading : null
}

/**
 * A visitor's data, new or edited: checked as it is typed and again by the core on save. What is
 * typed is kept as a draft in local storage until the core confirmed the save.
 */
export function VisitorForm({
  draftKey,
  visitor,
  prefill,
  onSaved,
  onClose,
  onOpenExisting,
}: {
  draftKey: string
  visitor: VisitorView | null
  prefill?: Partial<VisitorDraft>
  onSaved: (visitor: VisitorView) => void
  /** Back without saving; what was typed stays as a draft. */
  onClose: () => void
  onOpenExisting?: (id: string) => void
}) {
  const { t } = useTranslation()
  const visitorId = visitor?.id ?? null
  const [base] = useState<VisitorValues>(() =>
    visitor ? visitorDraftValues(visitor) : { ...EMPTY_VISITOR, ...prefill },
  )
  const [restored, setRestored] = useState<VisitorValues | null>(() => {
    const stored = loadDraft<VisitorDraftRecord>(draftKey)
    return stored && stored.visitorId === visitorId && !same(stored.values, base) ? stored.values : null
  })
  const [existing, setExisting] = useState<VisitorHit | null>(null)
  const validate = useMemo(() => zodValidate<VisitorValues>(VisitorFields), [])

  const form = useForm<VisitorValues>({
    mode: 'controlled',
    initialValues: restored ?? base,
    validate,
    validateInputOnChange: CHECKED_ON_CHANGE,
    validateInputOnBlur: true,
    onValuesChange: (values) => {
      if (same(values, base)) clearDraft(draftKey)
      else saveDraft<VisitorDraftRecord>(draftKey, { visitorId, values })
    },
  })

  const onRefused = (error: RpcError) => {
    const kind =
      error.code === 'nik_already_registered' ? 'nik' : error.code === 'nip_already_registered' ? 'nip' : null
    if (!kind) return
    const number = digitsOnly(form.getValues()[kind])
    call('visitors.search', { query: number, limit: 5 })
      .then((hits) => setExisting(hits.find((hit) => hit.id !== visitorId) ?? null))
      .catch(() => setExisting(null))
  }

  const { submit, failure, busy } = useCoreSubmit(
    form,
    async (values) => {
      setExisting(null)
      const input = { ...values, consent: true as const }
      const saved = visitorId
        ? await call('visitors.update', { ...input, id: visitorId })
        : await call('visitors.register', input)
      // Only now: the core has committed the record.
      clearDraft(draftKey)
      notifications.show({ color: 'green', message: t('frontdesk.form.saved', { name: saved.fullName }) })
      onSaved(saved)
    },
    onRefused,
  )

  const formRef = useRef<HTMLFormElement>(null)
  /** Saves; when the form's own checks refuse, the first field marked takes the focus. */
  const save = (event?: FormEvent<HTMLFormElement>) => {
    submit(event)
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  // The form's own keys, live wherever the focus is inside it (also in its fields) and nowhere else.
  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) =>
    getHotkeyHandler([
      ['mod+S', () => save()],
      ['mod+Enter', () => save()],
      ['Escape', onClose],
    ])(event)

  const nikReading = useIdentityReading('nik', form.values.nik)
  const nipReading = useIdentityReading('nip', form.values.nip)

  /** NIK, NIP, phone, e-mail: a letter is an error at once; a number still being typed only when left. */
  const lazyField = (path: 'nik' | 'nip' | 'phone' | 'email') => {
    const props = form.getInputProps(path)
    return {
      ...props,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const value = event.currentTarget.value
        const hadError = Boolean(form.errors[path])
        form.setFieldValue(path, value)
        const now =
          path === 'nik' || path === 'nip'
            ? numberState(path, value).malformed || digitsOnly(value).length >= LENGTH[path]
            : path === 'phone'
              ? /[^\d\s.\-()+]/.test(value)
              : false
        if (hadError || now) form.validateField(path)
      },
    }
  }

  /** While digits are being typed the hint is a count ("15 dari 16 digit"), kept beside an error. */
  const counting = (kind: 'nik' | 'nip') => {
    const { digits, malformed } = numberState(kind, form.values[kind])
    return digits !== '' && !malformed
  }
  const numberHint = (kind: 'nik' | 'nip') =>
    counting(kind)
      ? t('frontdesk.form.digitCount', {
          count: numberState(kind, form.values[kind]).digits.length,
          total: LENGTH[kind],
        })
      : t(`frontdesk.form.${kind}Hint`)

  const phone = normalizePhone(form.values.phone)
  const discardRestored = () => {
    clearDraft(draftKey)
    form.setValues(base)
    form.resetDirty(base)
    setRestored(null)
  }

  return (
    <form
      ref={formRef}
      onSubmit={save}
      onKeyDown={onFormKeyDown}
      noValidate
      aria-label={t(visitor ? 'frontdesk.form.editTitle' : 'frontdesk.form.newTitle')}
    >
      <Stack gap="md">
        {restored ? (
          <DraftRestoredAlert hint={t('frontdesk.form.restoredHint')} onDiscard={discardRestored} />
        ) : null}
        <ErrorAlert error={failure} />
        {existing && onOpenExisting ? (
          <Group>
            <Button
              variant="light"
              leftSection={<IconUserCheck size={18} />}
              onClick={() => onOpenExisting(existing.id)}
            >
              {t('frontdesk.form.openExisting', { name: existing.fullName })}
            </Button>
          </Group>
        ) : null}
        <TextInput
          withAsterisk
          autoFocus={base.fullName === '' || Boolean(visitor)}
          label={t('frontdesk.fields.fullName')}
          autoComplete="off"
          {...form.getInputProps('fullName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Stack gap={8}>
            <TextInput
              label={t('frontdesk.fields.nik')}
              description={numberHint('nik')}
              descriptionProps={{ 'data-status': counting('nik') }}
              inputMode="numeric"
              autoComplete="off"
              autoFocus={base.fullName !== '' && !visitor}
              maxLength={40}
              {...lazyField('nik')}
            />
            {nikReading && !form.errors.nik ? <IdentityReadingCard reading={nikReading} /> : null}
          </Stack>
          <Stack gap={8}>
            <TextInput
              label={t('frontdesk.fields.nip')}
              description={numberHint('nip')}
              descriptionProps={{ 'data-status': counting('nip') }}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              {...lazyField('nip')}
            />
            {nipReading && !form.errors.nip ? <IdentityReadingCard reading={nipReading} /> : null}
          </Stack>
          <TextInput
            label={t('frontdesk.fields.phone')}
            description={
              phone.ok
                ? t('frontdesk.form.phoneStored', { number: phone.value.international })
                : t('frontdesk.form.phoneHint')
            }
            inputMode="tel"
            autoComplete="off"
            {...lazyField('phone')}
            onBlur={() => {
              // Shown as the office writes it; the core stores E.164.
              if (phone.ok && phone.value.national !== form.values.phone)
                form.setFieldValue('phone', phone.value.national)
              form.validateField('phone')
            }}
          />
          <TextInput
            type="email"
            label={t('frontdesk.fields.email')}
            autoComplete="off"
            {...lazyField('email')}
          />
          <TextInput label={t('frontdesk.fields.organization')} {...form.getInputProps('organization')} />
          <TextInput label={t('frontdesk.fields.position')} {...form.getInputProps('position')} />
        </SimpleGrid>
        <Textarea
          label={t('frontdesk.fields.address')}
          autosize
          minRows={2}
          maxRows={5}
          {...form.getInputProps('address')}
        />
        <Checkbox
          size="md"
          label={
            <>
              {t('frontdesk.form.consent')}{' '}
              <Text component="span" c="red" aria-hidden>
                *
              </Text>
            </>
          }
          description={
            visitor?.consentAt ? t('frontdesk.form.consentRecorded') : t('frontdesk.form.consentHint')
          }
          {...form.getInputProps('consent', { type: 'checkbox' })}
        />
        <Group justify="space-between" mt="xs">
          <Button variant="default" leftSection={<IconArrowBackUp size={18} />} onClick={onClose}>
            {t('frontdesk.form.back')}
          </Button>
          <Group gap="md">
            <Shortcut keys={['Ctrl+S']} label={t('frontdesk.keys.save')} />
            <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} />}>
              {t(visitor ? 'frontdesk.form.saveChanges' : 'frontdesk.form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
