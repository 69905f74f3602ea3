import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DraftRestoredAlert } from '../../../forms/DraftRestoredAlert'
import { ErrorAlert } from '../../../forms/ErrorAlert'
import { useGo } from '../../../shell/navigate'
import { useSession } from '../../../stores/session'
import { useOfficeFormat } from '../format'
import { Shortcut } from '../Shortcut'
import { lateFormKeyDown } from './lateKeys'
import { LateFinishSection } from './LateFinishSection'
import { LateResultSection } from './LateResultSection'
import { LateSaved } from './LateSaved'
import { LateStepsSection } from './LateStepsSection'
import { LateVisitorSection } from './LateVisitorSection'
import { LateVisitSection } from './LateVisitSection'
import { useLateEntry } from './useLateEntry'

/**
 * "Input susulan": a visit written on paper while the PC was down, keyed in later with its real
 * times in the office's time zone (whatever zone this PC is set to). Checked as it is typed, then by
 * the core; the core's answers land on the same inputs. Kept as a draft until the core saved it.
 */
export function LateEntryScreen() {
  const { t } = useTranslation()
  const fmt = useOfficeFormat()
  const go = useGo()
  const officeName = useSession((s) => s.info?.officeName)
  const late = useLateEntry()
  const { fields, choice, procedure, saved, submit } = late

  if (saved) {
    return (
      <Stack gap="lg">
        <Title order={1} fz={26}>
          {t('frontdesk.late.title')}
        </Title>
        <LateSaved visit={saved} onOpen={() => go('visit', saved.id)} onNext={late.startOver} />
      </Stack>
    )
  }

  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1} fz={26}>
          {t('frontdesk.late.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('frontdesk.late.intro', { zone: fmt.zoneLabel, office: officeName ?? '' })}
        </Text>
      </div>
      {late.restored ? (
        <DraftRestoredAlert hint={t('frontdesk.late.restoredHint')} onDiscard={late.startOver} />
      ) : null}

      <LateVisitorSection
        visitor={fields.values.visitor}
        state={late.visitor}
        autoFocus={!late.restored}
        error={fields.errorOf('visitorId')}
      />

      <form
        onSubmit={submit}
        noValidate
        onKeyDown={lateFormKeyDown(submit, !late.visitor.registering)}
        data-late-form
      >
        <Stack gap="lg">
          <ErrorAlert error={late.failure} />
          <LateVisitSection
            fields={fields}
            choices={late.choices}
            procedures={late.procedures}
            proceduresFailure={late.proceduresFailure}
            onChoose={late.choose}
            purposeRef={late.purposeRef}
          />
          {choice ? (
            procedure ? (
              <LateStepsSection
                procedure={procedure}
                fields={fields}
                timings={late.timings}
                totals={late.totals}
              />
            ) : (
              <LateFinishSection fields={fields} />
            )
          ) : null}
          <LateResultSection fields={fields} />

          <Group justify="flex-end" gap="md">
            <Shortcut keys={['Ctrl+S']} label={t('frontdesk.keys.save')} />
            <Button type="submit" size="md" loading={late.busy} leftSection={<IconDeviceFloppy size={18} />}>
              {t('frontdesk.late.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {late.procedures === null && !late.proceduresFailure ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : null}
    </Stack>
  )
}
