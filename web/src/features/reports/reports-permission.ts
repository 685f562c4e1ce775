import type { PermissionRequirement } from '@/lib/auth/permissions'

/** The reports index: anyone who may read a report (the login report needs its own permission). */
export const REPORTS_INDEX: PermissionRequirement = ['reports:read', 'login_report:read']
