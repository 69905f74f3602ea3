import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './i18n'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { theme } from './theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* Bottom right: a notification never covers the header's user menu and sign-out (issue 8, fault 11). */}
      <Notifications position="bottom-right" />
      <App />
    </MantineProvider>
  </StrictMode>,
)
