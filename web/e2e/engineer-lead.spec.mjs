import { apiCall, assert, login, nav } from './helpers.mjs'

export const tests = {
  async 'an engineer captures a lead, sees the duplicate warning, creates it anyway and converts it onto the existing customer'({ page, shot }) {
    await login(page, 'eng1@example.com')
    await page.getByRole('heading', { name: /Good (morning|afternoon|evening)/ }).waitFor()
    await shot('home-engineer')

    // An email that already belongs to one of my customers.
    const customers = await apiCall(page, 'GET', '/api/v1/customers?limit=5')
    assert.equal(customers.status, 200)
    const existing = customers.body.items.find((c) => c.email)
    assert.ok(existing, 'the engineer needs a customer with an email')

    await nav(page, 'Leads').click()
    await page.getByRole('table', { name: 'Leads' }).waitFor()
    await shot('leads-list')
    await page.getByRole('link', { name: 'Capture lead' }).click()

    const form = page.getByRole('form', { name: 'Capture lead' })
    await form.getByLabel('Person').fill('Kavita Rao')
    await form.getByLabel('Company').fill(`${existing.name} (new plant)`)
    await form.getByLabel('Email').fill(existing.email)
    await form.getByLabel('Phone').fill('+91 98200 11223')
    await form.getByLabel('Product interest').fill('Cooling towers')
    await form.getByLabel('Estimated value').fill('750000')
    await form.getByRole('button', { name: 'Capture lead' }).click()

    const warning = page.getByRole('alert').filter({ hasText: 'This lead may already exist' })
    await warning.waitFor()
    await warning.getByText(/has the same email/).first().waitFor()
    await shot('lead-duplicate-warning')
    await warning.getByRole('button', { name: 'Create anyway' }).click()

    await page.getByRole('heading', { name: /new plant/ }).waitFor()
    await page.getByRole('table', { name: 'Score factors' }).waitFor()
    await shot('lead-detail')

    await page.getByRole('button', { name: 'Convert' }).click()
    const dialog = page.getByRole('dialog', { name: 'Convert lead' })
    await dialog.waitFor()
    await shot('lead-convert-dialog')
    await dialog.getByRole('button', { name: 'Convert' }).click()
    // The lead shares its email with an existing customer: the API asks, the dialog offers to link it.
    const twin = dialog.getByRole('alert').filter({ hasText: 'This customer may already exist' })
    await twin.waitFor()
    await shot('lead-convert-duplicate')
    await twin.getByRole('button', { name: `Link ${existing.name}` }).click()
    await page.waitForURL(/\/opportunities\//)
    await page.getByRole('link', { name: existing.name }).first().waitFor()
    await page.getByRole('heading', { name: 'Stage history' }).waitFor()
    await shot('lead-converted-opportunity')

    // The lead now says converted, with links to what it became.
    await page.goBack()
    await page.getByText('Converted', { exact: true }).first().waitFor()
  },

  async 'an engineer plans an activity on the agenda and completes it'({ page, shot }) {
    await login(page, 'eng1@example.com')
    await nav(page, 'Activities').click()
    await page.getByRole('button', { name: 'New activity' }).click()
    const dialog = page.getByRole('dialog', { name: 'New activity' })
    await dialog.getByLabel('Subject').fill('E2E call about the chiller quote')
    await dialog.getByLabel('Type').click()
    await page.getByRole('option', { name: 'Call' }).click()
    await dialog.getByLabel('Due').click()
    await page.locator('.mantine-Popover-dropdown table button[data-today]').first().click()
    await page.locator('.mantine-Popover-dropdown').getByRole('button').last().click()
    await dialog.getByRole('button', { name: 'Plan activity' }).click()
    await dialog.waitFor({ state: 'detached' })
    const item = page.getByLabel('call: E2E call about the chiller quote').first()
    await item.waitFor()
    await shot('activities-week')
    await item.getByRole('button', { name: /Actions for/ }).click()
    await page.getByRole('menuitem', { name: 'Mark done…' }).click()
    const done = page.getByRole('dialog', { name: 'Mark as done' })
    await done.getByLabel('Outcome').fill('Customer asked for a revised quote')
    await done.getByRole('button', { name: 'Mark done' }).click()
    await done.waitFor({ state: 'detached' })
    await page.getByLabel('call: E2E call about the chiller quote').first().getByText('done').waitFor()
    await page.locator('label', { hasText: /^Day$/ }).click()
    await page.waitForURL(/view=day/)
    await shot('activities-day')
  },
}
