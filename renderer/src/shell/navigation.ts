import type { Icon } from '@tabler/icons-react'
import {
  IconCalendarOff,
  IconChartBar,
  IconClockEdit,
  IconHome,
  IconListNumbers,
  IconMessages,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react'
import type { Role } from '../../../common/roles'
import { ROLES } from '../../../common/roles'
import type { RouteName } from './navigate'

export interface NavItem {
  route: RouteName
  label:
    | 'nav.home'
    | 'nav.frontdesk'
    | 'nav.queue'
    | 'nav.late'
    | 'nav.holidays'
    | 'nav.settings'
    | 'nav.consultations'
    | 'nav.ikm'
  icon: Icon
  roles: readonly Role[]
}

/** Who registers visitors and starts visits (the contract's FRONT_DESK). */
export const FRONT_DESK_ROLES: readonly Role[] = ['receptionist', 'officer', 'admin']
/** Who calls visitors and works their steps (the contract's SERVING). */
export const SERVING_ROLES: readonly Role[] = ['officer', 'head', 'admin']

/**
 * The navigation, by role. The core enforces the same roles on every call; this only keeps a
 * role's menu to what it may use. Alt+1… follow this order.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { route: 'home', label: 'nav.home', icon: IconHome, roles: ROLES },
  { route: 'frontdesk', label: 'nav.frontdesk', icon: IconUsers, roles: ROLES },
  { route: 'queue', label: 'nav.queue', icon: IconListNumbers, roles: ROLES },
  // Issue 12: every role records, reads and works consultations (the core checks each step's role).
  { route: 'consultations', label: 'nav.consultations', icon: IconMessages, roles: ROLES },
  { route: 'late', label: 'nav.late', icon: IconClockEdit, roles: FRONT_DESK_ROLES },
  { route: 'holidays', label: 'nav.holidays', icon: IconCalendarOff, roles: ['admin'] },
  { route: 'settings', label: 'nav.settings', icon: IconSettings, roles: ['admin'] },
  // The office's satisfaction index (issue 12), for who answers for the service and staff who report
  // it; last, so every Alt+digit learnt before stays.
  { route: 'ikm', label: 'nav.ikm', icon: IconChartBar, roles: ['admin', 'head', 'staff'] },
]

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role))
}
