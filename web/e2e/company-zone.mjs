// The tests play people in the company's time zone (Asia/Kolkata, the server's default
// SALES_FIELD_TIMEZONE): heads at their desks and engineers in the field. The browser
// runs in that zone and so does this process (imported first), so 'today' in the
// browser, here and on the server is one day whatever zone the test machine is in:
// between 18:30 and midnight UTC, a machine on UTC is still on yesterday. The servers
// the tests start keep the machine's zone. (The phone's suite has its own twin,
// mobile/e2e/support/company-zone.mjs: the two packages share no test code.)
export const COMPANY_ZONE = 'Asia/Kolkata'

const machineZone = process.env.TZ
process.env.TZ = COMPANY_ZONE

/** The environment for a server the tests start: this process's, in the machine's own zone. */
export function serverEnv(extra = {}) {
  const env = { ...process.env, ...extra }
  if (machineZone === undefined) delete env.TZ
  else env.TZ = machineZone
  return env
}
