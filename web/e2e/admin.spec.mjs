import { assert, login } from './helpers.mjs'

export const tests = {
  async 'admin signs in and sees every admin page'({ page, shot }) {
    await page.goto('/')
    await page.waitForURL(/\/login/)
    await shot('login')
    await login(page, 'admin@example.com')
    await page.getByRole('link', { name: 'Customers' }).click()
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    await shot('customers-list')
    for (const [link, file] of [
      ['Activities', 'activities-week'],
      ['Users', 'admin-users'],
      ['Teams', 'admin-teams'],
      ['Territories', 'admin-territories'],
      ['Audit log', 'admin-audit'],
      ['Login report', 'admin-logins'],
    ]) {
      await page.getByRole('link', { name: link }).click()
      await page.getByRole(link === 'Activities' ? 'region' : 'table').first().waitFor()
      await shot(file)
    }
    assert.ok(true)
  },
}
