import { AppShell, Badge, Box, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import type { HotkeyItem } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../../common/auth'
import { useScanner } from './useScanner'
import { useGo, useHistoryMoves, useRouteName } from './navigate'
import { useSession } from '../stores/session'
import { useGlobalHotkeys } from './hotkeys'
import { LanguageSwitch } from './LanguageSwitch'
import { navFor } from './navigation'
import { SyncIndicator } from './SyncIndicator'
import { PrintJobsIndicator } from '../features/printing/PrintJobsIndicator'
import { CentralConfirmModal } from './CentralConfirmModal'
import { ClockBanner } from './ClockBanner'
import { SyncStopBanner } from './SyncStopBanner'
import { LookupButton } from '../features/complaints/LookupButton'
import { LookupDialog } from '../features/complaints/LookupDialog'
import { useLookupDialog } from '../features/complaints/lookup-dialog'

/**
 * Header with office, desk and user; a role's navigation with Alt+digit shortcuts; the complaint
 * lookup (F4) from any screen.
 */
export function DeskShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation()
  const info = useSession((s) => s.info)
  const signOut = useSession((s) => s.signOut)
  const go = useGo()
  const current = useRouteName()
  const history = useHistoryMoves()
  const items = navFor(user.role)
  const openLookup = useLookupDialog((s) => s.open)
  // A barcode scanner typing a visit number opens that visit from any screen.
  useScanner()
  useGlobalHotkeys([
    ...items.map((item, index): HotkeyItem => [`alt+${index + 1}`, () => go(item.route)]),
    // As in a browser; in the web host this also keeps the browser from moving a second time.
    ['alt+ArrowLeft', history.back],
    ['alt+ArrowRight', history.forward],
    // F4: free on every screen (F2 is the front desk's search, F8 calls the next visitor).
    ['F4', openLookup, { preventDefault: true }],
  ])

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'xs' }}
      padding={{ base: 'md', lg: 'lg' }}
    >
      <AppShell.Header px={{ base: 'md', lg: 'lg' }}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          {/* The office name takes what room is left, on two lines if it must (names of Indonesian
              offices run long: "Dinas Pemberdayaan Masyarakat dan Nagari"); the user's side never shrinks. */}
          <Group gap="sm" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Text fw={700} fz="lg" c="loket.8" style={{ flexShrink: 0 }}>
              {t('app.name')}
            </Text>
            <Text
              fw={500}
              fz="sm"
              lh={1.25}
              lineClamp={2}
              title={info?.officeName ?? undefined}
              data-testid="office-name"
              style={{ minWidth: 0 }}
            >
              {info?.officeName}
            </Text>
            {info?.deskCode ? (
              <Badge variant="light" size="lg" radius="sm" style={{ flexShrink: 0 }}>
                {t('shell.desk', { code: info.deskCode })}
              </Badge>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <LookupButton />
            <PrintJobsIndicator />
            <SyncIndicator />
            <Box ta="right" maw={170}>
              <Text fz="sm" fw={600} lh={1.2} truncate title={user.fullName}>
                {user.fullName}
              </Text>
              <Text fz="xs" c="dimmed" lh={1.2}>
                {t(`roles.${user.role}`)}
              </Text>
            </Box>
            <LanguageSwitch />
            <Button
              variant="default"
              size="sm"
              leftSection={<IconLogout size={16} />}
              onClick={() => void signOut()}
            >
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <Stack gap={4}>
          {items.map((item, index) => (
            <NavLink
              key={item.route}
              component="button"
              active={current === item.route}
              label={t(item.label)}
              leftSection={<item.icon size={20} stroke={1.6} />}
              rightSection={<Kbd size="xs">{t('shell.shortcut', { key: index + 1 })}</Kbd>}
              onClick={() => go(item.route)}
              aria-current={current === item.route ? 'page' : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <SyncStopBanner />
        <ClockBanner />
        {children}
        <CentralConfirmModal />
        <LookupDialog />
      </AppShell.Main>
    </AppShell>
  )
}
