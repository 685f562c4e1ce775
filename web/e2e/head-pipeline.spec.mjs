import { apiCall, assert, dragTo, login, nav } from './helpers.mjs'

export const tests = {
  async 'a head finds a customer, moves a deal to Purchase order with its PO number, and the board sums change'({ page, shot }) {
    await login(page, 'head1@example.com')
    // The chart library arrives after the card is drawn.
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await shot('home-head')

    // Find a customer through the search box.
    await nav(page, 'Customers').click()
    const table = page.getByRole('table', { name: 'Customers' })
    await table.waitFor()
    const firstName = (await table.locator('tbody tr a').first().textContent()).trim()
    await page.getByLabel('Search').fill(firstName)
    await page.waitForURL(/q=/)
    await table.getByRole('link', { name: firstName }).first().click()
    await page.getByRole('heading', { name: firstName, level: 2 }).waitFor()
    await page.getByRole('heading', { name: 'Timeline' }).waitFor()
    await shot('customer-detail')
    const customerId = page.url().split('/customers/')[1]

    // A fresh deal for this customer in the first stage of the default pipeline.
    const title = `E2E boiler retrofit ${Date.now()}`
    const created = await apiCall(page, 'POST', '/api/v1/opportunities', {
      customer_id: customerId,
      title,
      amount: '250000.00',
      currency: 'INR',
      expected_close_date: '2026-01-15',
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))

    // The board filtered to my own deals, through the URL like any filter.
    const me = await apiCall(page, 'GET', '/api/v1/users/me')
    await nav(page, 'Pipeline').click()
    await page.getByRole('region', { name: 'Potential stage' }).waitFor()
    await page.goto(`/pipeline?owner_id=${me.body.id}`)
    const po = page.getByRole('region', { name: 'Purchase order stage' })
    await po.waitFor()
    const countBefore = Number(await page.getByTestId('count-Purchase order').textContent())
    const totalBefore = await po.locator('[data-testid="total-Purchase order"]').allTextContents()
    await shot('pipeline-board')

    // Drag the card onto "Purchase order": the stage asks for the PO number and date.
    const card = page.getByTestId(`card-${created.body.id}`)
    await card.scrollIntoViewIfNeeded()
    await dragTo(page, card, po)
    const dialog = page.getByRole('dialog', { name: 'Move to Purchase order' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Move to Purchase order' }).click()
    await dialog.getByText(/is required for Purchase order/).first().waitFor()
    await dialog.getByLabel(/PO number/i).fill('PO-E2E-4711')
    await dialog.getByLabel(/PO date/i).click()
    await page.locator('.mantine-DateInput-dropdown button[data-today], .mantine-Popover-dropdown table button:not([data-outside])').first().click()
    await shot('pipeline-move-dialog')
    await dialog.getByRole('button', { name: 'Move to Purchase order' }).click()
    await dialog.waitFor({ state: 'detached' })

    // The board refetches: one more deal in Purchase order and a different sum.
    await page.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="count-Purchase order"]')?.textContent) === before + 1,
      countBefore,
    )
    const totalAfter = await po.locator('[data-testid="total-Purchase order"]').allTextContents()
    assert.notDeepEqual(totalAfter, totalBefore, 'the Purchase order sum must change')
    await po.getByText(title).waitFor()
    await shot('pipeline-board-after-move')

    // The deal's page shows the stage history with the PO number.
    await po.getByRole('link', { name: title }).click()
    await page.getByRole('heading', { name: 'Stage history' }).waitFor()
    await page.getByText('PO-E2E-4711').first().waitFor()
    // Potential -> Purchase order went past Proposal: the stage bar says skipped, not done.
    await page.getByRole('button', { name: 'Proposal: skipped' }).waitFor()
    await page.getByRole('button', { name: 'Potential: done' }).waitFor()
    await page.getByText('Skipped Proposal').first().waitFor()
    await shot('opportunity-detail')
    await shot('opportunity-skipped-stages')

    // Won: a closed deal offers no moves or edits, only Reopen.
    await page.getByRole('button', { name: 'Move to stage' }).click()
    await page.getByRole('menuitem', { name: 'Won' }).click()
    const winning = page.getByRole('dialog', { name: 'Mark deal as won' })
    await winning.getByRole('button', { name: 'Mark deal as won' }).click()
    await winning.waitFor({ state: 'detached' })
    const reopenButton = page.getByRole('button', { name: 'Reopen' })
    await reopenButton.waitFor()
    assert.equal(await page.getByRole('button', { name: 'Move to stage' }).count(), 0, 'a won deal must not offer stage moves')
    assert.equal(await page.getByRole('button', { name: 'Edit' }).count(), 0, 'a won deal must not offer edits')
    await shot('opportunity-closed-reopen')

    // Reopen, with a reason: back in Purchase order, and the history says who and why.
    await reopenButton.click()
    const reopening = page.getByRole('dialog', { name: 'Reopen deal' })
    await reopening.getByRole('textbox', { name: 'Reopen in stage' }).waitFor()
    await reopening.getByRole('textbox', { name: /Reason/ }).fill('Customer cancelled the order, then came back')
    await shot('opportunity-reopen-dialog')
    await reopening.getByRole('button', { name: 'Reopen deal' }).click()
    await reopening.waitFor({ state: 'detached' })
    await page.getByText('Reopened: Won → Purchase order').waitFor()
    await page.getByText('Reason: Customer cancelled the order, then came back').waitFor()
    await page.getByRole('button', { name: 'Move to stage' }).waitFor()
    await shot('opportunity-reopened')

    await nav(page, 'Opportunities').click()
    await page.getByRole('table', { name: 'Opportunities' }).waitFor()
    await shot('opportunities-list')
  },
}
