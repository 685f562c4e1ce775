import { apiCall, assert, hasFocusWithin, inView, login, nav } from './helpers.mjs'

export const tests = {
  async 'saving over someone else’s change explains the conflict and reloads'({ page, shot }) {
    await login(page, 'admin@example.com')
    const list = await apiCall(page, 'GET', '/api/v1/customers?limit=1')
    const customer = list.body.items[0]
    await page.goto(`/customers/${customer.id}/edit`)
    const form = page.getByRole('form', { name: 'Save changes' })
    await form.getByLabel('Phone').waitFor()

    // Someone else saves first.
    const other = await page.evaluate(
      async ([id, version]) => {
        const session = JSON.parse(localStorage.getItem('sales.session'))
        const res = await fetch(`/api/v1/customers/${id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.accessToken}`, 'If-Match': `"${version}"` },
          body: JSON.stringify({ notes: 'Changed by a colleague' }),
        })
        return res.status
      },
      [customer.id, customer.version],
    )
    assert.equal(other, 200)

    await form.getByLabel('Phone').fill('+91 22 4000 1234')
    await form.getByRole('button', { name: 'Save changes' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this record' })
    await alert.waitFor()
    // The conflict is drawn next to the button pressed at the end of the long form, not at its top.
    await page.waitForTimeout(600)
    assert.ok(await inView(alert), 'the conflict is in view')
    assert.ok(await hasFocusWithin(alert), 'the conflict has the focus')
    await shot('customer-edit-conflict')
    await alert.getByRole('button', { name: 'Reload latest version' }).click()
    await page.getByText(`Version ${customer.version + 1}`).waitFor()
    await form.getByLabel('Phone').fill('+91 22 4000 1234')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(new RegExp(`/customers/${customer.id}$`))
    await page.getByText('+91 22 4000 1234').waitFor()
  },
  async 'an admin signs in and sees every admin page'({ page, shot }) {
    await page.goto('/')
    await page.waitForURL(/\/login/)
    await shot('login')
    await login(page, 'admin@example.com')
    await nav(page, 'Customers').click()
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    await shot('customers-list')
    await page.locator('label', { hasText: /^Map$/ }).click()
    await page.getByRole('region', { name: /^Map of \d+ customers/ }).waitFor()
    await page.locator('.leaflet-interactive').first().waitFor()
    await shot('customers-map')
    await page.locator('label', { hasText: /^Table$/ }).click()
    for (const [link, table, file] of [
      ['Users', 'Users', 'admin-users'],
      ['Teams', 'Teams', 'admin-teams'],
      ['Territories', 'Territories', 'admin-territories'],
      ['Pipelines & stages', /^Stages of/, 'admin-pipelines'],
      ['Audit log', 'Audit log', 'admin-audit'],
      ['Login report', 'Login events', 'admin-logins'],
    ]) {
      await nav(page, link).click()
      await page.getByRole('table', { name: table }).waitFor()
      await shot(file)
    }
    // The audit log expands a change to its before/after fields.
    await nav(page, 'Audit log').click()
    await page.getByRole('button', { name: 'Show changes' }).first().click()
    await page.getByRole('table', { name: 'Changed fields' }).or(page.getByText('No field changes recorded.')).first().waitFor()
  },

}
