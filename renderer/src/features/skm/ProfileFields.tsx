import { Chip, Group, Input, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SkmChoiceField, SkmProfile } from '../../../../common/skm'
import { useLocale } from '../../i18n'
import type { SurveyDraft } from './draft'
import type { SurveyMode } from './mode'

type Profile = SurveyDraft['profile']

/**
 * Who answered, as the form asks it (never a name or NIK): every field may stay blank. An
 * occupation whose choice asks for it ("Lainnya") gets a field to say which.
 */
export function ProfileFields({
  profile,
  value,
  mode,
  errors,
  onChange,
}: {
  profile: SkmProfile
  value: Profile
  mode: SurveyMode
  /** The core's messages on profile fields, by field name (`age`, `occupationOther`). */
  errors: Partial<Record<keyof Profile, string>>
  onChange: (next: Profile) => void
}) {
  const { t } = useTranslation()
  const { pick } = useLocale()
  const size = mode === 'kiosk' ? 'xl' : 'md'
  const set = <K extends keyof Profile>(key: K, next: Profile[K]) => onChange({ ...value, [key]: next })
  const occupation = profile.occupation.options.find((o) => o.code === value.occupation)

  // Chips: each a native radio (arrows move within the question), large enough to touch at the kiosk.
  const choice = (key: 'sex' | 'education' | 'occupation', field: SkmChoiceField) => (
    <Input.Wrapper label={pick(field.label)} size={size} labelElement="div">
      <Chip.Group value={value[key] ?? ''} onChange={(code) => set(key, code === '' ? null : code)}>
        <Group gap="xs" mt={6} role="radiogroup" aria-label={pick(field.label)}>
          {field.options.map((option) => (
            <Chip key={option.code} value={option.code} size={size} radius="md">
              {pick(option.label)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  )

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {choice('sex', profile.sex)}
        <TextInput
          label={pick(profile.age.label)}
          size={size}
          w={200}
          inputMode="numeric"
          maxLength={3}
          rightSection={pick(profile.age.unit)}
          rightSectionWidth={64}
          value={value.age}
          error={errors.age}
          onChange={(event) => set('age', event.currentTarget.value.replace(/\D/g, ''))}
        />
      </SimpleGrid>
      {choice('education', profile.education)}
      {choice('occupation', profile.occupation)}
      {occupation?.specify ? (
        <TextInput
          label={t('skm.form.occupationOther', { choice: pick(occupation.label) })}
          size={size}
          maw={480}
          maxLength={120}
          value={value.occupationOther}
          error={errors.occupationOther}
          onChange={(event) => set('occupationOther', event.currentTarget.value)}
        />
      ) : null}
    </Stack>
  )
}
