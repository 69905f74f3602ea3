import type { Icon } from '@tabler/icons-react'
import { IconHome, IconSettings } from '@tabler/icons-react'
import type { Role } from '../../../common/roles'
import { ROLES } from '../../../common/roles'
import type { Route } from '../stores/route'

export interface NavItem {
  route: Route
  label: 'nav.home' | 'nav.settings'
  icon: Icon
  roles: readonly Role[]
}

/**
 * The navigation, by role. The core enforces the same roles on every call; this only keeps a
 * role's menu to what it may use. Features add their screens here.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { route: 'home', label: 'nav.home', icon: IconHome, roles: ROLES },
  { route: 'settings', label: 'nav.settings', icon: IconSettings, roles: ['admin'] },
]

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role))
}
