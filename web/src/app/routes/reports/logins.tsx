import { ReportRoute } from './report'

/** The login report needs login_report:read (heads and admins), not reports:read. */
export function Component() {
  return <ReportRoute slug="logins" />
}
