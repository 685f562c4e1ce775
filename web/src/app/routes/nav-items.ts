import {
  IconAddressBook,
  IconCalendarEvent,
  IconChartBar,
  IconHistory,
  IconHome,
  IconLayoutKanban,
  IconLogin,
  IconMap2,
  IconStack2,
  IconTargetArrow,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react'
import type { Permission } from '@/lib/auth/session'

export interface NavItem {
  label: string
  to: string
  icon: Icon
  /** Shown only to users holding this permission (the API's own names). */
  permission?: Permission
}

export interface NavSection {
  label?: string
  items: NavItem[]
}

export const NAV_SECTIONS: NavSection[] = [
  {
    items: [
      { label: 'Home', to: '/', icon: IconHome },
      { label: 'Customers', to: '/customers', icon: IconAddressBook, permission: 'customers:read' },
      { label: 'Leads', to: '/leads', icon: IconTargetArrow, permission: 'leads:read' },
      { label: 'Pipeline', to: '/pipeline', icon: IconLayoutKanban, permission: 'opportunities:read' },
      { label: 'Opportunities', to: '/opportunities', icon: IconChartBar, permission: 'opportunities:read' },
      { label: 'Activities', to: '/activities', icon: IconCalendarEvent, permission: 'activities:read' },
    ],
  },
  {
    label: 'Administration',
    items: [
      { label: 'Users', to: '/admin/users', icon: IconUsers, permission: 'users:manage' },
      { label: 'Teams', to: '/admin/teams', icon: IconUsersGroup, permission: 'teams:manage' },
      { label: 'Territories', to: '/admin/territories', icon: IconMap2, permission: 'territories:manage' },
      { label: 'Pipelines & stages', to: '/admin/pipelines', icon: IconStack2, permission: 'pipelines:manage' },
      { label: 'Audit log', to: '/admin/audit', icon: IconHistory, permission: 'audit:read' },
      { label: 'Login report', to: '/admin/logins', icon: IconLogin, permission: 'login_report:read' },
    ],
  },
]

export function visibleSections(permissions: readonly Permission[]): NavSection[] {
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => !item.permission || permissions.includes(item.permission)),
  })).filter((section) => section.items.length > 0)
}
