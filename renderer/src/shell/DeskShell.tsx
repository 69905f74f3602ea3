import { AppShell, Badge, Box, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../../common/auth'
import { useScanner } from '../features/queue/useScanner'
import { useRoute } from '../stores/route'
import { useSession } from '../stores/session'
import { useGlobalHotkeys } from './hotkeys'
import { LanguageSwitch } from './LanguageSwitch'
import { navFor } from './navigation'
import { SyncIndicator } from './SyncIndicator'
import { CentralConfirmModal } from './CentralConfirmModal'
import { ClockBanner } from './ClockBanner'
import { SyncStopBanner } from './SyncStopBanner'

/** Header with office, desk and user; a role's navigation with Alt+digit shortcuts. */
export function DeskShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation()
  const info = useSession((s) => s.info)
  const signOut = useSession((s) => s.signOut)
  const { route, go } = useRoute()
  const items = navFor(user.role)
  // A barcode scanner typing a visit number opens that visit from any screen.
  useScanner()
  useGlobalHotkeys(items.map((item, index) => [`alt+${index + 1}`, () => go(item.route)]))

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'xs' }} padding="lg">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} fz="lg" c="loket.8">
              {t('app.name')}
            </Text>
            <Text fw={500} truncate maw={420}>
              {info?.officeName}
            </Text>
            {info?.deskCode ? (
              <Badge variant="light" size="lg" radius="sm">
                {t('shell.desk', { code: info.deskCode })}
              </Badge>
            ) : null}
          </Group>
          <Group gap="md" wrap="nowrap">
            <SyncIndicator />
            <Box ta="right">
              <Text fz="sm" fw={600} lh={1.2}>
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
              active={route.name === item.route}
              label={t(item.label)}
              leftSection={<item.icon size={20} stroke={1.6} />}
              rightSection={<Kbd size="xs">{t('shell.shortcut', { key: index + 1 })}</Kbd>}
              onClick={() => go(item.route)}
              aria-current={route.name === item.route ? 'page' : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <SyncStopBanner />
        <ClockBanner />
        {children}
        <CentralConfirmModal />
      </AppShell.Main>
    </AppShell>
  )
}
