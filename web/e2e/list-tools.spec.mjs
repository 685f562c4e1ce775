import { readFile } from 'node:fs/promises'
import { apiCall, assert, login, nav, VIEWPORTS } from './helpers.mjs'

const bulkBar = (page) => page.getByRole('region', { name: 'Bulk actions' })

/** The customers page with two rows selected and the saved views open, at one size. */
async function shootTools(page, shot, name, viewport) {
  await page.setViewportSize(viewport)
  const table = page.getByRole('table', { name: 'Customers' })
  await table.waitFor()
  const boxes = table.locator('tbody').getByRole('checkbox')
  await boxes.nth(0).check()
  await boxes.nth(1).check()
  await bulkBar(page).waitFor()
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
  await page.getByRole('button', { name: /^Saved views/ }).click()
  await page.getByRole('list', { name: 'Saved views' }).waitFor()
  await shot(name)
  await page.keyboard.press('Escape')
  // Scrolled down the list, the bar stays under the header.
  await page.evaluate(() => window.scrollBy({ top: 1200, behavior: 'instant' }))
  await page.waitForTimeout(100)
  const bar = await bulkBar(page).boundingBox()
  assert.ok(bar && bar.y >= 60 && bar.y < 120, `the bulk bar sticks under the header (y=${bar?.y})`)
  await shot(`${name}-scrolled`)
  await page.getByRole('button', { name: 'Clear selection' }).click()
}

export const tests = {
  async 'a head counts, bulk-reassigns two customers, saves and re-applies a view, and exports CSV'({ page, shot }) {
    await login(page, 'head1@example.com')
    await nav(page, 'Customers').click()
    const table = page.getByRole('table', { name: 'Customers' })
    await table.waitFor()

    // The count is the filters' total, not the loaded page, in Indian grouping.
    const total = await apiCall(page, 'GET', '/api/v1/customers/count')
    const count = page.getByTestId('list-count')
    await count.filter({ hasText: /customers?$/ }).waitFor()
    assert.equal(await count.textContent(), `${total.body.count.toLocaleString('en-IN')} customers`)

    // Select two customers and give them to an engineer of the team.
    const rows = table.locator('tbody tr')
    const names = [(await rows.nth(0).locator('a').first().textContent()).trim(), (await rows.nth(1).locator('a').first().textContent()).trim()]
    await table.getByRole('checkbox', { name: `Select ${names[0]}` }).check()
    await table.getByRole('checkbox', { name: `Select ${names[1]}` }).check()
    await bulkBar(page).getByText('2 customers selected').waitFor()
    await bulkBar(page).getByRole('button', { name: 'Reassign' }).click()
    const dialog = page.getByRole('dialog', { name: 'Reassign' })
    await dialog.getByRole('textbox', { name: 'New owner' }).click()
    const engineers = await apiCall(page, 'GET', '/api/v1/users?limit=200&role=sales_engineer')
    const newOwner = engineers.body.items.find((u) => u.role === 'sales_engineer')
    assert.ok(newOwner, 'the head sees an engineer of their team')
    await page.getByRole('option', { name: newOwner.full_name }).click()
    await dialog.getByRole('button', { name: 'Reassign' }).click()

    // Each row's outcome, by name; then the list shows the new owner.
    const results = page.getByRole('list', { name: 'Result per record' })
    await results.waitFor()
    for (const name of names) await results.getByRole('listitem').filter({ hasText: `${name} — done` }).waitFor()
    await page.getByText('2 done').waitFor()
    await shot('customers-bulk-results')
    await page.getByRole('button', { name: 'Close' }).click()
    await bulkBar(page).waitFor({ state: 'detached' })
    for (const name of names) await table.locator('tr', { hasText: name }).filter({ hasText: newOwner.full_name }).first().waitFor()

    // Save a filtered view, leave it, and apply it again.
    const term = names[0].split(' ')[0]
    await page.getByLabel('Search').fill(term)
    await page.waitForURL(/q=/)
    await page.getByLabel('Sort').click()
    await page.getByRole('option', { name: 'Newest first' }).click()
    await page.waitForURL(/sort=-created_at/)
    const viewName = `E2E ${term} newest ${Date.now() % 100000}`
    await page.getByRole('button', { name: /^Saved views/ }).click()
    await page.getByRole('button', { name: 'Save current view…' }).click()
    const save = page.getByRole('dialog', { name: 'Save this view' })
    await save.getByRole('textbox', { name: 'Name' }).fill(viewName)
    await save.getByRole('checkbox', { name: 'Share with my team' }).check()
    await save.getByRole('button', { name: 'Save view' }).click()
    await save.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: `Saved views: ${viewName}` }).waitFor()

    await page.goto('/customers')
    await table.waitFor()
    assert.equal(await page.getByLabel('Search').inputValue(), '')
    await page.getByRole('button', { name: 'Saved views' }).click()
    await page.getByRole('button', { name: `Apply view ${viewName}` }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === term && url.searchParams.get('sort') === '-created_at')
    // The search box follows the view (the URL changes first, then the page draws it).
    await page.waitForFunction((t) => document.querySelector('input[placeholder="Name, email or phone"]')?.value === t, term)
    await page.getByRole('button', { name: `Saved views: ${viewName}` }).waitFor()

    // Export what the view selects as CSV, with the signed-in user's token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Export' }).click()
        await page.getByRole('menuitem', { name: 'CSV' }).click()
      })(),
    ])
    assert.match(download.suggestedFilename(), /^customers.*\.csv$/)
    const csv = await readFile(await download.path(), 'utf8')
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    const matching = await apiCall(page, 'GET', `/api/v1/customers/count?q=${encodeURIComponent(term)}`)
    assert.equal(lines.length - 1, matching.body.count, 'one line per customer the filters select')
    assert.ok(lines[0].split(',').includes('name'), `a header row: ${lines[0]}`)
    assert.ok(csv.includes(names[0]), 'the filtered customer is in the file')

    // The tools at the sizes the issue was tried at.
    await page.goto('/customers')
    await shootTools(page, shot, 'customers-list-tools-desktop', VIEWPORTS.desktop)
    await shootTools(page, shot, 'customers-list-tools-phone', VIEWPORTS.phone)
  },

  async 'the lead, deal and activity lists show their count, views, export and the bulk actions a head may take'({ page, shot }) {
    await login(page, 'head1@example.com')
    for (const [path, table, noun, listKey, actions] of [
      ['/leads', 'Leads', /leads?$/, 'leads', ['Reassign', 'Change status']],
      ['/opportunities', 'Opportunities', /deals?$/, 'opportunities', ['Reassign', 'Change stage']],
      ['/activities?view=list', 'Activities', /activit(y|ies)$/, 'activities', ['Reassign', 'Mark done', 'Cancel']],
    ]) {
      await page.goto(path)
      const grid = page.getByRole('table', { name: table })
      await grid.waitFor()
      const total = await apiCall(page, 'GET', `/api/v1/${listKey}/count`)
      const count = page.getByTestId('list-count').filter({ hasText: noun })
      await count.waitFor()
      assert.match(await count.textContent(), new RegExp(`^${total.body.count.toLocaleString('en-IN')} `))
      await page.getByRole('button', { name: 'Export' }).waitFor()
      await page.getByRole('button', { name: /^Saved views/ }).waitFor()
      await grid.locator('tbody').getByRole('checkbox').first().check()
      const bar = bulkBar(page)
      for (const name of actions) await bar.getByRole('button', { name, exact: true }).waitFor()
      await shot(`${listKey}-list-tools`)
      await bar.getByRole('button', { name: 'Clear selection' }).click()
    }
  },
}

