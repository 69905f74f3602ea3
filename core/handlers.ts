import { appInfo } from './app-info/handlers'
import { currentSession, login, logout } from './auth/handlers'
import type { Handlers } from './handler'
import { getSettings, updateSettings } from './settings/handlers'
import { runSetup } from './setup/handlers'
import { enroll, syncNow, syncRejects, syncStatus } from './sync/handlers'

/** Every contract channel's handler, by channel. Domains add theirs here. */
export const handlers: Handlers = {
  'app.info': appInfo,
  'setup.run': runSetup,
  'auth.login': login,
  'auth.logout': logout,
  'auth.session': currentSession,
  'settings.get': getSettings,
  'settings.update': updateSettings,
  'sync.enroll': enroll,
  'sync.status': syncStatus,
  'sync.now': syncNow,
  'sync.rejects': syncRejects,
}
