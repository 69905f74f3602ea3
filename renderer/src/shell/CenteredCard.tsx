import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './LanguageSwitch'

/** The frame of the screens shown before anyone is signed in (setup, login). */
export function CenteredCard({
  title,
  subtitle,
  width,
  children,
}: {
  title: string
  subtitle?: ReactNode
  width: number
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Center mih="100vh" p="lg" bg="gray.0">
      <Stack w={width} maw="100%" gap="md">
        <Group justify="space-between">
          <Box>
            <Text fw={700} fz="xl" c="loket.8">
              {t('app.name')}
            </Text>
            <Text c="dimmed" fz="sm">
              {t('app.tagline')}
            </Text>
          </Box>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="lg">
            <Box>
              <Title order={1} fz={24}>
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" mt={4}>
                  {subtitle}
                </Text>
              ) : null}
            </Box>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  )
}
