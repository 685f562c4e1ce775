import { apiCall, assert, COMPANY_ZONE, login, nav, VIEWPORTS } from './helpers.mjs'

/** The status badge beside the page's title. */
const statusOf = (page) => page.locator('h2').locator('xpath=following-sibling::*').first()

/** A signed-in page of its own (another person at another desk). */
async function openAs(context, baseUrl, email) {
  const other = await context.browser().newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, timezoneId: COMPANY_ZONE })
  const page = await other.newPage()
  page.setDefaultTimeout(15_000)
  await login(page, email)
  return { page, close: () => other.close() }
}

/** The number a section's tab shows ("3", or "50+" when more pages wait). */
async function inboxCount(page, section) {
  const badge = page.getByTestId(`inbox-count-${section}`)
  await badge.waitFor()
  return Number((await badge.textContent()).replace('+', ''))
}

/** A screenshot of another person's page, taken as run.mjs takes the test page's, without the toasts over it. */
async function shotOf(page, name, { fullPage = false } = {}) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(300)
  await page.screenshot({ path: new URL(`./screenshots/${name}.png`, import.meta.url).pathname, fullPage })
}

/** YYYY-MM-DD, `days` before today. */
const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

export const tests = {
  async "an engineer's order over the customer's credit limit waits on credit hold; the head approves it from the inbox"({ page, context, baseUrl, shot }) {
    await login(page, 'eng1@example.com')
    const me = (await apiCall(page, 'GET', '/api/v1/users/me')).body
    // A customer of the engineer's with a credit limit of 1,000 set by an admin: other specs
    // change the seeded customers' limits, so this flow brings its own.
    const admin = await openAs(context, baseUrl, 'admin@example.com')
    const created = await apiCall(admin.page, 'POST', '/api/v1/customers', {
      name: `Zenith Credit Check Traders ${Date.now()}`, // named to sort last: other specs take the first customer
      owner_id: me.id,
      credit_limit: '1000',
      currency: 'INR',
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    await admin.close()
    const customer = created.body
    const product = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=1')).body.items[0]
    const order = await apiCall(page, 'POST', '/api/v1/sales-orders', {
      customer_id: customer.id,
      lines: [{ product_id: product.id, quantity: '1', unit_price: '5000' }],
    })
    assert.equal(order.status, 201, JSON.stringify(order.body))
    const { id, number } = order.body

    // The engineer confirms on the order page: over the limit, it waits for the head, and says why.
    await page.goto(`/sales-orders/${id}`)
    await page.getByRole('heading', { name: `Order ${number}` }).waitFor()
    await page.getByRole('button', { name: 'Confirm' }).click()
    const hold = page.getByRole('alert', { name: /^On credit hold: waiting/ })
    await hold.waitFor()
    await page.getByRole('alert').filter({ hasText: 'waits for a head to approve the credit' }).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Credit hold')
    await hold.getByText(/Over by/).waitFor()
    assert.match(await hold.innerText(), /Exposure ₹[\d,]+\.\d\d of limit ₹1,000\.00/)
    await shot('order-credit-hold')
    // The engineer has no inbox: the menu hides it and the page refuses.
    assert.equal(await nav(page, 'Approvals').count(), 0)
    await page.goto('/approvals')
    await page.getByText('This page is not open to you').waitFor()

    // The head's inbox: the order in the credit holds section, with the figures to decide on.
    const head = await openAs(context, baseUrl, 'head1@example.com')
    const hp = head.page
    await nav(hp, 'Approvals').click()
    await hp.getByRole('tab', { name: /Credit holds/ }).click()
    await hp.waitForURL(/section=credit/)
    const table = hp.getByRole('table', { name: 'Orders on credit hold' })
    const row = table.getByRole('row').filter({ has: hp.getByRole('link', { name: number }) })
    await row.waitFor()
    await row.getByText(/Over by/).waitFor()
    assert.match(await row.innerText(), /Exposure ₹[\d,]+\.\d\d of limit ₹1,000\.00/)
    const before = await inboxCount(hp, 'credit')
    assert.ok(before >= 1)
    await shotOf(hp, 'approvals-credit-hold')
    await hp.setViewportSize(VIEWPORTS.phone)
    await shotOf(hp, 'approvals-credit-hold-phone', { fullPage: true })
    await hp.setViewportSize(VIEWPORTS.desktop)

    await row.getByRole('button', { name: `Approve credit for ${number}` }).click()
    const dialog = hp.getByRole('dialog', { name: 'Approve credit' })
    await dialog.getByText(/Over by/).waitFor()
    await dialog.getByRole('button', { name: 'Approve credit and confirm' }).click()
    await dialog.waitFor({ state: 'detached' })
    await table.getByRole('link', { name: number }).waitFor({ state: 'detached' })
    await hp.waitForFunction(
      ([expected]) => document.querySelector('[data-testid="inbox-count-credit"]')?.textContent?.replace('+', '') === String(expected),
      [before - 1],
    )
    assert.equal(await inboxCount(hp, 'credit'), before - 1, 'the section counts one order fewer')
    assert.equal((await apiCall(hp, 'GET', `/api/v1/sales-orders/${id}`)).body.status, 'confirmed')
    await head.close()
  },

  async "an engineer's expense report: the head rejects one line with a comment, approves the rest, then marks it reimbursed"({ page, context, baseUrl, shot }) {
    // The engineer submits a report from the phone (here through the API).
    await login(page, 'eng2@example.com')
    const title = `Nashik customer visits ${Date.now()}`
    // Two months back: the demo has the engineer's claims for the last month, and the
    // policy's daily limit counts all of the engineer's claims of a day.
    const report = await apiCall(page, 'POST', '/api/v1/expense-reports', { title, period_start: daysAgo(62), period_end: daysAgo(60) })
    assert.equal(report.status, 201, JSON.stringify(report.body))
    const rid = report.body.id
    const day = daysAgo(61)
    const lines = [
      { expense_date: day, category: 'food', amount: '700', notes: 'Lunch with the plant engineer' },
      { expense_date: day, category: 'food', amount: '450', notes: 'Dinner' },
      { expense_date: daysAgo(60), category: 'mileage', distance_km: '42.5', vehicle_type: 'car', notes: 'Nashik to Sinnar and back' },
    ]
    for (const line of lines) {
      const added = await apiCall(page, 'POST', `/api/v1/expense-reports/${rid}/lines`, line)
      assert.equal(added.status, 201, JSON.stringify(added.body))
    }
    assert.equal((await apiCall(page, 'POST', `/api/v1/expense-reports/${rid}/submit`)).status, 200)

    const head = await openAs(context, baseUrl, 'head1@example.com')
    const hp = head.page
    await hp.goto('/approvals?section=expenses')
    const table = hp.getByRole('table', { name: 'Expense reports waiting for approval' })
    const row = table.getByRole('row').filter({ has: hp.getByRole('link', { name: title }) })
    await row.waitFor()
    // Who, how much, and the line the policy flags, before opening it.
    const text = await row.innerText()
    assert.match(text, /₹1,532\.50/)
    assert.match(text, /3 lines/)
    assert.match(text, /1 line over the limit/i)
    const before = await inboxCount(hp, 'expenses')
    assert.ok(before >= 1)
    await shotOf(hp, 'approvals-expenses')

    // Reviewed in place: line 2 (over the limit) rejected with a comment, the rest approved.
    await row.getByRole('button', { name: `Review ${title}` }).click()
    const dialog = hp.getByRole('dialog', { name: `Review ${title}` })
    const review = dialog.getByRole('table', { name: 'Expense lines' })
    await review.getByText('42.5 km × ₹9.00/km (car)').waitFor()
    const second = review.getByRole('row', { name: 'Line 2' })
    assert.match(await second.innerText(), /over limit/i)
    await second.getByText('Reject', { exact: true }).click()
    await dialog.getByRole('button', { name: 'Approve 2 of 3 lines' }).waitFor()
    assert.equal(await dialog.getByRole('button', { name: 'Approve 2 of 3 lines' }).isDisabled(), true, 'a rejection needs a reason')
    await second.getByRole('textbox', { name: 'Why line 2 is rejected' }).fill('Dinner is above the daily food limit')
    await dialog.getByTestId('review-summary').filter({ hasText: 'Approving 2 of 3 lines: ₹1,082.50 (1 rejected).' }).waitFor()
    await shotOf(hp, 'approvals-expense-review')
    await hp.setViewportSize(VIEWPORTS.phone)
    await shotOf(hp, 'approvals-expense-review-phone')
    await hp.setViewportSize(VIEWPORTS.desktop)
    await dialog.getByRole('button', { name: 'Approve 2 of 3 lines' }).click()
    await dialog.waitFor({ state: 'detached' })
    await table.getByRole('link', { name: title }).waitFor({ state: 'detached' })
    await hp.waitForFunction(
      ([expected]) => document.querySelector('[data-testid="inbox-count-expenses"]')?.textContent?.replace('+', '') === String(expected),
      [before - 1],
    )
    const decided = (await apiCall(hp, 'GET', `/api/v1/expense-reports/${rid}`)).body
    assert.equal(decided.status, 'approved')
    assert.deepEqual(
      decided.lines.map((l) => [l.decision, l.decision_comment]),
      [
        ['approved', null],
        ['rejected', 'Dinner is above the daily food limit'],
        ['approved', null],
      ],
    )

    // The report's page: the approved total, then paid.
    await nav(hp, 'Expenses').click()
    const list = hp.getByRole('table', { name: 'Expense reports' })
    await list.waitFor()
    await hp.getByRole('textbox', { name: 'Status' }).click()
    await hp.getByRole('option', { name: 'Approved', exact: true }).click()
    await hp.waitForURL(/status=approved/)
    await list.getByRole('link', { name: title }).waitFor()
    await shotOf(hp, 'expenses-list')
    await list.getByRole('link', { name: title }).click()
    await hp.getByRole('heading', { name: title }).waitFor()
    assert.equal(await hp.getByTestId('expense-approved-total').textContent(), '₹1,082.50')
    assert.equal(await hp.getByTestId('expense-total').textContent(), '₹1,532.50')
    await hp.getByText('Dinner is above the daily food limit').waitFor()
    await hp.getByRole('button', { name: 'Mark reimbursed' }).click()
    const paid = hp.getByRole('dialog', { name: 'Mark reimbursed' })
    await paid.getByRole('textbox', { name: 'Payment reference' }).fill('NEFT-2026-4411')
    await paid.getByRole('button', { name: 'Mark reimbursed' }).click()
    await paid.waitFor({ state: 'detached' })
    await hp.getByText('Reference NEFT-2026-4411').waitFor()
    assert.equal((await statusOf(hp).textContent()).trim(), 'Reimbursed')
    const done = (await apiCall(hp, 'GET', `/api/v1/expense-reports/${rid}`)).body
    assert.equal(done.status, 'reimbursed')
    assert.equal(done.reimbursement_reference, 'NEFT-2026-4411')
    await shotOf(hp, 'expense-report-reimbursed', { fullPage: true })
    await hp.setViewportSize(VIEWPORTS.phone)
    await shotOf(hp, 'expense-report-reimbursed-phone', { fullPage: true })
    await head.close()

    // The engineer sees the outcome on the same page, read-only.
    await page.goto(`/expenses/${rid}`)
    await page.getByRole('heading', { name: title }).waitFor()
    await page.getByText('Dinner is above the daily food limit').waitFor()
    assert.equal(await page.getByRole('button', { name: 'Mark reimbursed' }).count(), 0)
    await shot('expense-report-engineer')
  },
}
