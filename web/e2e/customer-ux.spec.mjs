import { apiCall, assert, login, nav } from './helpers.mjs'

/** The number of markers a cluster icon shows, and the total of all drawn on the map. */
async function drawnCounts(map) {
  const clusters = await map.locator('.leaflet-marker-icon').allInnerTexts()
  const singles = await map.locator('path.leaflet-interactive').count()
  const inClusters = clusters.map((t) => Number(t.replace(/\D/g, '')))
  return { clusters: inClusters.length, singles, total: inClusters.reduce((a, b) => a + b, 0) + singles }
}

export const tests = {
  async 'a head filters customers by industry from a pick list and sees all of them on a clustered map'({ page, shot }) {
    await login(page, 'head1@example.com')
    const facets = await apiCall(page, 'GET', '/api/v1/customers/facets')
    assert.equal(facets.status, 200)
    const top = facets.body.industry[0]
    assert.ok(top && top.count > 0, 'the demo has industries')

    await nav(page, 'Customers').click()
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    await page.getByRole('textbox', { name: 'Industry' }).click()
    const option = page.getByRole('option', { name: new RegExp(`^${top.value}`) })
    assert.ok((await option.innerText()).includes(String(top.count)), 'the option shows its count')
    await shot('customers-industry-picklist')
    await option.click()
    await page.waitForURL(/industry=/)
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    await page.waitForLoadState('networkidle')
    // The filtered page replaces the previous one once its answer is drawn: wait for it.
    const body = page.getByRole('table', { name: 'Customers' }).locator('tbody tr')
    const expected = Math.min(top.count, 50)
    for (let waited = 0; waited < 10_000 && (await body.count()) !== expected; waited += 100) {
      await page.waitForTimeout(100)
    }
    const rows = await body.count()
    assert.equal(rows, expected, 'the table holds the customers of that industry')

    // Every customer of the team on the map, not the 50 rows of a page.
    await page.goto('/customers')
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    const all = await apiCall(page, 'GET', '/api/v1/customers/map-points')
    assert.ok(all.body.points.length > 50, `more than a page of customers (${all.body.points.length})`)
    await page.locator('label', { hasText: /^Map$/ }).click()
    const map = page.getByRole('region', { name: `Map of ${all.body.points.length} customers` })
    await map.waitFor()
    await map.locator('.leaflet-marker-icon').first().waitFor()
    const before = await drawnCounts(map)
    assert.equal(before.total, all.body.points.length, 'every point is drawn, in clusters or alone')
    assert.ok(before.clusters > 0, 'points close together are clustered')
    await shot('customers-map-clustered')

    // A click on a cluster zooms into it: it splits.
    await map.locator('.leaflet-marker-icon').first().click()
    await page.waitForTimeout(800)
    const after = await drawnCounts(map)
    assert.ok(after.clusters + after.singles !== before.clusters + before.singles || after.total < before.total, 'the cluster split or the view narrowed')
    await shot('customers-map-zoomed')

    // The map stays under the account menu and dialogs (its own stacking context).
    await page.getByRole('button', { name: /account menu/i }).click()
    const menu = page.getByRole('menu')
    await menu.waitFor()
    const box = await menu.boundingBox()
    const onTop = await page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('[role="menu"]')), [box.x + box.width / 2, box.y + box.height / 2])
    assert.ok(onTop, 'the menu is drawn over the map')
  },

  async "a head looks at the whole team's agenda, then one engineer's"({ page, shot }) {
    await login(page, 'head1@example.com')
    await nav(page, 'Activities').click()
    await page.getByRole('heading', { name: 'My agenda' }).waitFor()
    const picker = page.getByRole('textbox', { name: 'Whose agenda' })
    await picker.click()
    await page.getByRole('option', { name: 'Whole team' }).click()
    await page.waitForURL(/whose=team/)
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor()
    await page.waitForLoadState('networkidle')
    const week = await apiCall(page, 'GET', '/api/v1/users?limit=200')
    const team = week.body.items.filter((u) => u.team_id && u.role === 'sales_engineer')
    assert.ok(team.length > 0)
    await shot('activities-team-agenda')

    await picker.click()
    const engineer = page.getByRole('option').filter({ hasNotText: /My agenda|Whole team/ }).first()
    const name = (await engineer.innerText()).trim()
    await engineer.click()
    await page.waitForURL(/whose=[0-9a-f-]{36}/)
    await page.waitForLoadState('networkidle')
    // Each activity on someone else's agenda names its owner.
    const badges = page.locator('.mantine-Badge-label', { hasText: name })
    const others = page.locator('[aria-label^="call:"], [aria-label^="meeting:"], [aria-label^="task:"], [aria-label^="email:"], [aria-label^="appointment:"]')
    if ((await others.count()) > 0) assert.ok((await badges.count()) > 0, `activities say they are ${name}'s`)
    await shot('activities-engineer-agenda')
  },

  async 'an engineer is warned of a duplicate while typing the lead, before saving'({ page, shot }) {
    await login(page, 'eng1@example.com')
    const customers = await apiCall(page, 'GET', '/api/v1/customers?limit=5')
    const existing = customers.body.items.find((c) => c.email)
    assert.ok(existing)
    await page.goto('/leads/new')
    const form = page.getByRole('form', { name: 'Capture lead' })
    await form.getByLabel('Company').fill('Someone new')
    const checks = []
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/leads/duplicates')) checks.push(r.url())
    })
    await form.getByLabel('Email').pressSequentially(existing.email, { delay: 20 })
    const notice = form.getByRole('alert').filter({ hasText: 'Possible duplicate' })
    await notice.waitFor()
    await notice.getByText(/has the same email/).waitFor()
    assert.ok(checks.length <= 2, `debounced: ${checks.length} checks for ${existing.email.length} keys`)
    // Informing, not interrupting: the focus stays in the field being typed in.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'email')
    await shot('lead-duplicate-while-typing')
  },
}
