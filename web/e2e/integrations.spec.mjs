import { apiCall, assert, login, nav, shotBoth, VIEWPORTS } from './helpers.mjs'

export const tests = {
  async 'an admin creates an API key, sees its secret once, and the key works'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'API keys').click()
    await page.getByRole('heading', { name: 'API keys' }).waitFor()
    await page.getByRole('button', { name: 'New API key' }).click()
    const dialog = page.getByRole('dialog', { name: 'New API key' })
    await dialog.getByLabel('Name').fill('SAP S/4HANA sync')
    for (const scope of ['Customers: read', 'Customers: write', 'Sales orders: read', 'Invoices: read']) {
      await dialog.getByRole('checkbox', { name: scope }).check()
    }
    await dialog.getByText('One team', { exact: true }).click()
    await dialog.getByRole('textbox', { name: 'Team' }).click()
    await page.getByRole('option').first().click()
    await shot('api-key-new')
    await dialog.getByRole('button', { name: 'Create key' }).click()

    const shown = page.getByRole('dialog', { name: 'API key “SAP S/4HANA sync” created' })
    await shown.getByText('Copy it now: it is shown only this once').waitFor()
    const key = (await shown.getByRole('textbox', { name: 'API key' }).textContent()).trim()
    assert.match(key, /^sk_live_[0-9a-f]{32}_\S+$/)
    await shown.getByRole('button', { name: 'Or the OAuth2 client-credentials flow' }).click()
    await shown.getByRole('textbox', { name: 'Client secret' }).waitFor()
    await shot('api-key-secret')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('api-key-secret-phone')
    await page.setViewportSize(VIEWPORTS.desktop)
    // A stray Escape must not lose the secret: only the button closes the dialog.
    await page.keyboard.press('Escape')
    assert.ok(await shown.isVisible(), 'Escape leaves the secret on screen')
    await shown.getByRole('button', { name: 'I have stored the key' }).click()
    await shown.waitFor({ state: 'hidden' })

    const table = page.getByRole('table', { name: 'API keys' })
    const row = table.getByRole('row').filter({ hasText: 'SAP S/4HANA sync' })
    await row.waitFor()
    assert.ok(!(await page.content()).includes(key), 'the secret is shown once, never in the list')
    const [prefix] = key.split('_').slice(2)
    assert.ok((await row.textContent()).includes(`sk_live_${prefix.slice(0, 8)}…${key.slice(-4)}`), 'the row shows the prefix and the secret’s end')
    await row.getByText('Never used').waitFor()

    // The key reaches the API within its scopes; its use shows in the list.
    const customers = await page.evaluate(async (k) => (await fetch('/api/v1/customers?limit=1', { headers: { 'X-API-Key': k } })).status, key)
    assert.equal(customers, 200)
    const refused = await page.evaluate(async (k) => (await fetch('/api/v1/leads?limit=1', { headers: { 'X-API-Key': k } })).status, key)
    assert.equal(refused, 403, 'no leads scope')
    await page.reload()
    await row.getByText('127.0.0.1').waitFor()
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await page.getByText('grant_type=client_credentials', { exact: false }).waitFor()
    await shot('admin-api-keys', { fullPage: true })
  },

  async 'an admin creates a webhook, sees its signing secret once, and reads its delivery log'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'Webhooks').click()
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor()
    await page.getByRole('button', { name: 'New webhook' }).click()
    const dialog = page.getByRole('dialog', { name: 'New webhook' })
    await dialog.getByLabel('URL').fill('https://erp.example.com/hooks/sales')
    await dialog.getByLabel('Description').fill('SAP: customers and orders')
    await dialog.getByRole('checkbox', { name: 'Customer events' }).check()
    await dialog.getByRole('checkbox', { name: 'sales_order.confirmed' }).check()
    await dialog.getByText('A sales order was confirmed').waitFor()
    await shot('webhook-new')
    await dialog.getByRole('button', { name: 'Create webhook' }).click()

    const shown = page.getByRole('dialog', { name: 'Webhook created: its signing secret' })
    const secret = (await shown.getByRole('textbox', { name: 'Signing secret' }).textContent()).trim()
    assert.match(secret, /^whsec_\S+$/)
    await shot('webhook-secret')
    await shown.getByRole('button', { name: 'I have stored the secret' }).click()
    await page.waitForURL(/\/admin\/webhooks\/[0-9a-f-]{36}$/)
    const webhookId = page.url().split('/').pop()
    await page.getByRole('heading', { name: 'https://erp.example.com/hooks/sales' }).waitFor()
    await page.getByRole('region', { name: 'Delivery log' }).getByText('Nothing delivered yet').waitFor()
    assert.ok(!(await page.content()).includes(secret), 'the signing secret is not on the page')

    // A customer changes: the webhook gets a delivery (the receiver is unreachable here, so it fails and waits).
    const customer = (await apiCall(page, 'GET', '/api/v1/customers?limit=1')).body.items[0]
    const patched = await apiCall(page, 'PATCH', `/api/v1/customers/${customer.id}`, { notes: 'Told the ERP' }, { 'If-Match': `"${customer.version}"` })
    assert.equal(patched.status, 200)
    const log = page.getByRole('table', { name: 'Deliveries' })
    for (let i = 0; i < 30 && !(await log.isVisible()); i += 1) {
      await page.getByRole('button', { name: 'Refresh' }).click()
      await page.waitForTimeout(1000)
    }
    const row = log.getByRole('row').filter({ hasText: 'customer.updated' })
    await row.waitFor()
    // Wait for its first attempt (DNS fails or the address is refused: a failed attempt, retried later).
    for (let i = 0; i < 30 && (await row.textContent()).includes('Not sent yet'); i += 1) {
      await page.waitForTimeout(1000)
      await page.getByRole('button', { name: 'Refresh' }).click()
    }
    await shot('webhook-delivery-log', { fullPage: true })

    await row.getByRole('button', { name: /^Delivery of customer.updated/ }).click()
    const detail = page.getByRole('dialog', { name: 'Delivery' })
    await detail.getByRole('region', { name: 'Payload' }).getByText('"customer.updated"').first().waitFor()
    await shot('webhook-delivery')
    await detail.getByRole('button', { name: 'Replay this delivery' }).click()
    await page.getByText('customer.updated queued again as a new delivery').waitFor()
    await page.keyboard.press('Escape')
    await detail.waitFor({ state: 'hidden' })
    const deliveries = (await apiCall(page, 'GET', `/api/v1/webhooks/${webhookId}/deliveries`)).body.items
    assert.equal(deliveries.length, 2, 'the replay is a new delivery')
    assert.ok(deliveries.some((d) => d.replay_of_id), 'it names the delivery it replays')

    await shotBoth(page, shot, 'webhook-detail')

    await page.getByRole('link', { name: 'Webhooks', exact: true }).first().click()
    const list = page.getByRole('table', { name: 'Webhooks' })
    await list.getByRole('row').filter({ hasText: 'erp.example.com' }).waitFor()
    await shot('admin-webhooks')
  },
}
