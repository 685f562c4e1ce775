import { apiCall, assert, COMPANY_ZONE, hasFocusWithin, inView, login, nav, VIEWPORTS } from './helpers.mjs'

export const tests = {
  async 'two people edit one customer: the second sees both values side by side, chooses, and saves'({ page, context, baseUrl, shot }) {
    // A sales head edits a customer of their team in their own session…
    const other = await context.browser().newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, timezoneId: COMPANY_ZONE })
    const head = await other.newPage()
    await login(head, 'head1@example.com')
    const customer = (await apiCall(head, 'GET', '/api/v1/customers?limit=1')).body.items[0]

    // …while an admin has the same customer open.
    await login(page, 'admin@example.com')
    await page.goto(`/customers/${customer.id}/edit`)
    const form = page.getByRole('form', { name: 'Save changes' })
    await form.getByLabel('Phone').waitFor()

    await head.goto(`/customers/${customer.id}/edit`)
    const headForm = head.getByRole('form', { name: 'Save changes' })
    await headForm.getByLabel('Phone').fill('+91 22 4000 9999')
    await headForm.getByLabel('Credit limit').fill('275000')
    await headForm.getByLabel('Notes').fill('Changed by a colleague')
    await headForm.getByRole('button', { name: 'Save changes' }).click()
    await head.waitForURL(new RegExp(`/customers/${customer.id}$`))
    await other.close()

    // The admin saves over it: phone and credit limit changed on both sides, the website only here.
    await form.getByLabel('Phone').fill('+91 22 4000 1234')
    await form.getByLabel('Credit limit').fill('300000')
    await form.getByLabel('Website').fill('https://pumps.example')
    await form.getByRole('button', { name: 'Save changes' }).click()
    const resolver = page.getByRole('region', { name: 'Someone else changed this record' })
    const phone = resolver.getByRole('radiogroup', { name: /^Phone/ })
    const limit = resolver.getByRole('radiogroup', { name: /^Credit limit/ })
    const website = resolver.getByRole('radiogroup', { name: /^Website/ })
    await phone.waitFor()
    assert.ok(await hasFocusWithin(resolver), 'the resolver has the focus')
    const labelOf = (group) => group.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')).textContent)
    assert.match(await labelOf(phone), /Both changed/, 'both changed the phone: highlighted')
    assert.doesNotMatch(await labelOf(website), /Both changed/)
    await phone.getByRole('radio', { name: /Yours \+91 22 4000 1234/ }).waitFor()
    await phone.getByRole('radio', { name: /Saved by someone else \+91 22 4000 9999/ }).waitFor()
    await limit.getByRole('radio', { name: /Yours ₹3,00,000\.00/ }).waitFor()
    await limit.getByRole('radio', { name: /Saved by someone else ₹2,75,000\.00/ }).waitFor()
    assert.equal(await website.getByRole('radio', { name: /^Yours/ }).getAttribute('aria-checked'), 'true', 'only mine: kept by default')
    await resolver.getByText('Notes: Changed by a colleague').waitFor()
    await resolver.scrollIntoViewIfNeeded()
    await shot('customer-conflict-desktop')
    const [mineBox, theirsBox] = await Promise.all([phone.getByRole('radio').nth(0).boundingBox(), phone.getByRole('radio').nth(1).boundingBox()])
    assert.ok(Math.abs(mineBox.y - theirsBox.y) < 2 && theirsBox.x > mineBox.x, 'side by side at 1440')

    await page.setViewportSize(VIEWPORTS.phone)
    // Let the shell fold its navigation away before scrolling to the resolver's heading.
    await page.waitForTimeout(500)
    await resolver.evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await resolver.getByRole('heading', { name: 'Someone else changed this record' }).waitFor()
    assert.ok(await inView(resolver.getByRole('heading', { name: 'Someone else changed this record' })), 'the heading is in view on the phone')
    await shot('customer-conflict-phone')
    const [mineTop, theirsTop] = await Promise.all([phone.getByRole('radio').nth(0).boundingBox(), phone.getByRole('radio').nth(1).boundingBox()])
    assert.ok(theirsTop.y > mineTop.y + mineTop.height - 2, 'stacked at 390')
    assert.ok(theirsTop.x + theirsTop.width <= VIEWPORTS.phone.width, 'fits the phone')

    await resolver.getByRole('button', { name: 'Save with these choices' }).scrollIntoViewIfNeeded()
    await shot('customer-conflict-phone-buttons')

    // Their phone, my credit limit; the website stays mine.
    await phone.getByRole('radio', { name: /Saved by someone else/ }).click()
    await limit.getByRole('radio', { name: /^Yours/ }).click()
    await resolver.getByRole('button', { name: 'Save with these choices' }).click()
    await page.waitForURL(new RegExp(`/customers/${customer.id}$`))
    const saved = (await apiCall(page, 'GET', `/api/v1/customers/${customer.id}`)).body
    assert.equal(saved.phone, '+91 22 4000 9999')
    assert.equal(Number(saved.credit_limit), 300000)
    assert.equal(saved.website, 'https://pumps.example')
    assert.equal(saved.notes, 'Changed by a colleague')
    assert.equal(saved.version, customer.version + 2)
  },
  async 'a territory changed while it was being edited: the admin chooses between both values'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'Territories').click()
    await page.getByRole('table', { name: 'Territories' }).waitFor()
    const territory = (await apiCall(page, 'GET', '/api/v1/territories')).body[0]
    await page.getByRole('button', { name: territory.name, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Edit ${territory.name}` })
    await dialog.getByLabel('Region').waitFor()

    // Someone else renames the region while the dialog is open.
    const theirs = await apiCall(page, 'PATCH', `/api/v1/territories/${territory.id}`, { region: 'Western (theirs)' }, { 'If-Match': `"${territory.version}"` })
    assert.equal(theirs.status, 200)

    await dialog.getByLabel('Region').fill('Western (mine)')
    await dialog.getByLabel('Postal code prefixes').fill('999')
    await dialog.getByLabel('Postal code prefixes').press('Enter')
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    const resolver = dialog.getByRole('region', { name: 'Someone else changed this record' })
    const region = resolver.getByRole('radiogroup', { name: /^Region/ })
    const prefixes = resolver.getByRole('radiogroup', { name: /^Postal code prefixes/ })
    await region.getByRole('radio', { name: /Yours Western \(mine\)/ }).waitFor()
    await region.getByRole('radio', { name: /Saved by someone else Western \(theirs\)/ }).waitFor()
    assert.equal(await prefixes.getByRole('radio', { name: /^Yours/ }).getAttribute('aria-checked'), 'true', 'only mine: kept by default')
    await resolver.scrollIntoViewIfNeeded()
    await shot('territory-conflict-desktop')

    await region.getByRole('radio', { name: /Saved by someone else/ }).click()
    await resolver.getByRole('button', { name: 'Save with these choices' }).click()
    await dialog.waitFor({ state: 'hidden' })
    const saved = (await apiCall(page, 'GET', `/api/v1/territories/${territory.id}`)).body
    assert.equal(saved.region, 'Western (theirs)')
    assert.ok(saved.postal_prefixes.includes('999'), 'my prefix was saved')
    assert.equal(saved.version, territory.version + 2)
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
