import { apiCall, assert, inr, login, nav, shotBoth, signInAs, VIEWPORTS } from './helpers.mjs'

/** The status badge beside the page's title. */
const statusOf = (page) => page.locator('h2').locator('xpath=following-sibling::*').first()

/**
 * The engineer's customer with the highest credit limit. Other specs write to the first
 * customer (the admin spec lowers its limit to 3 lakh, the billing spec issues invoices), and
 * an order over a customer's limit goes on credit hold instead of being confirmed.
 */
async function roomiestCustomer(page) {
  const items = (await apiCall(page, 'GET', '/api/v1/customers?limit=100')).body.items
  return items.reduce((best, c) => (Number(c.credit_limit) > Number(best.credit_limit) ? c : best), items[0])
}

/** A quote of the engineer's, accepted through the API: its acceptance makes the sales order. */
async function acceptedQuote(page) {
  const customer = await roomiestCustomer(page)
  const products = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=20')).body.items.filter((p) => p.kind === 'goods')
  assert.ok(customer && products.length >= 2, 'the seed has a customer of eng1 and goods')
  const created = await apiCall(page, 'POST', '/api/v1/quotes', {
    customer_id: customer.id,
    lines: [
      { product_id: products[0].id, quantity: '2', discount_percent: '0' },
      { product_id: products[1].id, quantity: '1', discount_percent: '0' },
    ],
  })
  assert.equal(created.status, 201, JSON.stringify(created.body))
  const id = created.body.id
  for (const action of ['submit', 'send']) assert.equal((await apiCall(page, 'POST', `/api/v1/quotes/${id}/${action}`)).status, 200, action)
  const accepted = await apiCall(page, 'POST', `/api/v1/quotes/${id}/accept`, { chosen_optional_line_ids: [] })
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body))
  assert.ok(accepted.body.sales_order_id, 'accepting made the sales order')
  return { quote: accepted.body, customer, products }
}

/** Fills one row of the milestones dialog. */
async function milestoneRow(page, dialog, n, { label, value, when }) {
  const row = dialog.getByRole('group', { name: `Milestone ${n}` })
  await row.getByRole('textbox', { name: 'Milestone' }).fill(label)
  await row.getByRole('textbox', { name: 'Percent' }).fill(value)
  await row.getByRole('textbox', { name: 'When' }).click()
  await page.getByRole('option', { name: when, exact: true }).click()
}

export const tests = {
  async "an accepted quote's order is opened from the quote page, its milestones set to 50/50, and it is confirmed"({ page, shot }) {
    await login(page, 'eng1@example.com')
    const { quote } = await acceptedQuote(page)

    // The quote page offers its PDF (fetched with the token, saved as a file) and links the order.
    await page.goto(`/quotes/${quote.id}`)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'PDF' }).click()
    const file = await download
    assert.match(file.suggestedFilename(), /\.pdf$/)
    await page.getByRole('link', { name: 'Open the sales order' }).click()
    await page.waitForURL(new RegExp(`/sales-orders/${quote.sales_order_id}$`))
    const order = (await apiCall(page, 'GET', `/api/v1/sales-orders/${quote.sales_order_id}`)).body
    await page.getByRole('heading', { name: `Order ${order.number}` }).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Draft')
    // Lines with their ordered, delivered and invoiced quantities; the totals are the server's.
    const lines = page.getByRole('table', { name: 'Order lines' })
    assert.equal(await lines.locator('tbody tr').count(), order.lines.length)
    const grand = (await page.getByTestId('grand-total').textContent()).replace(/[^0-9.]/g, '')
    assert.equal(grand, Number(order.grand_total).toFixed(2))

    // The milestones: 50 % on confirmation, 50 % on delivery. A plan that does not add up
    // is refused by the server, and its message shows at the plan's sum.
    await page.getByRole('button', { name: 'Edit milestones' }).click()
    const dialog = page.getByRole('dialog', { name: `Milestones of ${order.number}` })
    await milestoneRow(page, dialog, 1, { label: 'Advance', value: '50', when: 'On confirmation' })
    await dialog.getByRole('button', { name: 'Add milestone' }).click()
    await milestoneRow(page, dialog, 2, { label: 'Balance on delivery', value: '40', when: 'On delivery' })
    await dialog.getByRole('status').filter({ hasText: 'left to plan' }).waitFor()
    await dialog.getByRole('button', { name: 'Save milestones' }).click()
    await dialog.getByText(/add up to/).waitFor()
    // The focus follows the message once it is drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'milestones-sum', null, { timeout: 5000 }).catch(() => {})
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'milestones-sum', 'the focus moves to the plan the server refused')
    await shot('order-milestones-refused')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('order-milestones-phone')
    await page.setViewportSize(VIEWPORTS.desktop)
    await dialog.getByRole('group', { name: 'Milestone 2' }).getByRole('textbox', { name: 'Percent' }).fill('50')
    await dialog.getByRole('status').filter({ hasText: 'The plan makes the whole total' }).waitFor()
    await dialog.getByRole('button', { name: 'Save milestones' }).click()
    await dialog.waitFor({ state: 'detached' })
    const planned = (await apiCall(page, 'GET', `/api/v1/sales-orders/${order.id}`)).body.milestones
    assert.deepEqual(
      planned.map((m) => [m.label, m.trigger, m.kind, Number(m.value)]),
      [
        ['Advance', 'on_confirmation', 'percent', 50],
        ['Balance on delivery', 'on_delivery', 'percent', 50],
      ],
    )
    assert.equal((Number(planned[0].planned_amount) + Number(planned[1].planned_amount)).toFixed(2), Number(order.grand_total).toFixed(2))
    const milestones = page.getByRole('table', { name: 'Milestones' })
    await milestones.getByRole('cell', { name: 'Balance on delivery' }).waitFor()

    // Confirm: the order is confirmed and can no longer be edited.
    await page.getByRole('button', { name: 'Confirm' }).click()
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor({ state: 'detached' })
    assert.equal((await statusOf(page).textContent()).trim(), 'Confirmed')
    assert.equal((await apiCall(page, 'GET', `/api/v1/sales-orders/${order.id}`)).body.status, 'confirmed')
    await shot('order-confirmed', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('order-confirmed-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // The orders list finds it by number; the customer's page lists it.
    await nav(page, 'Sales orders').click()
    const table = page.getByRole('table', { name: 'Sales orders' })
    await table.waitFor()
    await page.getByLabel('Search').fill(order.number)
    await page.waitForURL(/q=/)
    await table.getByRole('link', { name: order.number }).waitFor()
    await shot('orders-list')
    await page.goto(`/customers/${order.customer_id}`)
    await page.getByRole('table', { name: 'Related sales orders' }).getByRole('link', { name: order.number }).waitFor()

    // --- The head bills the advance from the order page ----------------------------------
    // An engineer does not bill: the order offers them no invoice.
    await page.goto(`/sales-orders/${order.id}`)
    await milestones.getByRole('cell', { name: 'Advance' }).waitFor()
    assert.equal(await page.getByRole('button', { name: /^Invoice / }).count(), 0, 'an engineer is offered no invoice')
    await signInAs(page, 'head1@example.com')
    await page.goto(`/sales-orders/${order.id}`)
    const [advance, balance] = planned
    await milestones.getByRole('button', { name: 'Invoice Advance' }).click()
    const billDialog = page.getByRole('dialog', { name: 'Invoice Advance' })
    assert.equal((await billDialog.getByTestId('amount-to-invoice').textContent()).trim(), inr(advance.planned_amount))
    assert.equal(await page.getByRole('button', { name: 'Invoice delivered quantities' }).count(), 0, 'nothing is delivered yet')
    await shotBoth(page, shot, 'order-invoice-milestone', { fullPage: false })
    await billDialog.getByRole('button', { name: 'Create draft invoice' }).click()
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/)
    const invoiceId = page.url().split('/invoices/')[1]
    const drafted = (await apiCall(page, 'GET', `/api/v1/invoices/${invoiceId}`)).body
    assert.equal(drafted.status, 'draft')
    assert.equal(drafted.source_milestone_id, advance.id)
    assert.equal(drafted.grand_total, advance.planned_amount, "the server's invoice bills what was left of the milestone")
    await page.getByText('Draft invoice created').first().waitFor()
    await page.getByRole('button', { name: 'Issue' }).click()
    await page.getByText('Invoice issued').first().waitFor()
    const issued = (await apiCall(page, 'GET', `/api/v1/invoices/${invoiceId}`)).body
    assert.equal(issued.status, 'issued')

    // Issued, the order counts the advance as invoiced and lists the invoice; the balance is still offered.
    await page.getByRole('link', { name: 'The sales order it bills' }).click()
    await page.getByRole('heading', { name: `Order ${order.number}` }).waitFor()
    const advanceRow = milestones.locator('tbody tr').filter({ hasText: 'Advance' })
    await advanceRow.locator('td').nth(4).filter({ hasText: inr(issued.grand_total) }).waitFor()
    assert.equal(await milestones.getByRole('button', { name: 'Invoice Advance' }).count(), 0)
    await milestones.getByRole('button', { name: 'Invoice Balance on delivery' }).waitFor()
    const orderInvoices = page.getByRole('table', { name: 'Invoices of this order' })
    const invoiceRow = orderInvoices.getByRole('row').filter({ has: page.getByRole('link', { name: issued.number }) })
    await invoiceRow.getByText('Advance').waitFor()
    await invoiceRow.getByText('Issued').waitFor()
    assert.equal(Number((await apiCall(page, 'GET', `/api/v1/sales-orders/${order.id}`)).body.milestones[0].invoiced_amount), Number(issued.grand_total))
    await shotBoth(page, shot, 'order-milestone-invoiced')

    // Someone else bills the balance while this head's dialog is open: the server refuses
    // the second, and says why in the dialog; the page behind it shows their invoice.
    await milestones.getByRole('button', { name: 'Invoice Balance on delivery' }).click()
    const balanceDialog = page.getByRole('dialog', { name: 'Invoice Balance on delivery' })
    const theirs = await apiCall(page, 'POST', `/api/v1/sales-orders/${order.id}/invoices`, { milestone_id: balance.id })
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body))
    const theirsIssued = await apiCall(page, 'POST', `/api/v1/invoices/${theirs.body.id}/issue`)
    assert.equal(theirsIssued.status, 200, JSON.stringify(theirsIssued.body))
    await balanceDialog.getByRole('button', { name: 'Create draft invoice' }).click()
    await balanceDialog.getByRole('alert').getByText('Nothing is left to invoice: Balance on delivery is invoiced in full').waitFor()
    await shotBoth(page, shot, 'order-invoice-refused', { fullPage: false })
    await balanceDialog.getByRole('button', { name: 'Cancel' }).click()
    await balanceDialog.waitFor({ state: 'detached' })
    await orderInvoices.getByRole('link', { name: theirsIssued.body.number }).waitFor()
    assert.equal(await milestones.getByRole('button', { name: /^Invoice / }).count(), 0, 'the plan is invoiced in full')
    assert.equal((await apiCall(page, 'GET', `/api/v1/invoices?source_document_id=${order.id}`)).body.items.length, 2, 'no second invoice of the balance')
  },

  async 'a direct order is entered with list prices and saved as a draft'({ page, shot }) {
    await login(page, 'eng1@example.com')
    const customer = (await apiCall(page, 'GET', '/api/v1/customers?limit=1')).body.items[0]
    const product = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=1')).body.items[0]
    await nav(page, 'Sales orders').click()
    await page.getByRole('link', { name: 'New order' }).click()
    const form = page.getByRole('form', { name: 'Save draft order' })
    await form.getByRole('textbox', { name: 'Customer', exact: true }).fill(customer.name.slice(0, 6))
    await page.getByRole('option', { name: customer.name }).first().click()
    await form.getByRole('textbox', { name: 'Customer PO number' }).fill('PO-E2E-77')
    const line = form.getByRole('group', { name: 'Line 1' })
    await line.getByRole('textbox', { name: 'Product' }).fill(product.sku)
    await page.getByRole('option', { name: new RegExp(`^${product.sku}`) }).click()
    const price = line.getByRole('textbox', { name: 'Unit price' })
    await page.waitForFunction((el) => el.value !== '', await price.elementHandle())
    assert.equal(await line.getByText('Optional (the customer chooses)').count(), 0, 'orders have no optional lines')
    await shot('order-new')
    await form.getByRole('button', { name: 'Save draft order' }).click()
    await page.waitForURL(/\/sales-orders\/[0-9a-f-]{36}$/)
    const id = page.url().split('/sales-orders/')[1]
    const saved = (await apiCall(page, 'GET', `/api/v1/sales-orders/${id}`)).body
    assert.equal(saved.customer_po_number, 'PO-E2E-77')
    assert.equal(saved.status, 'draft')
    assert.equal(saved.quote_id, null)
    await page.getByText('PO-E2E-77').waitFor()

    // A draft is edited in the same form: only what changed is sent, with If-Match.
    await page.getByRole('link', { name: 'Edit', exact: true }).click()
    const edit = page.getByRole('form', { name: 'Save changes' })
    await edit.getByRole('textbox', { name: 'Customer PO number' }).fill('PO-E2E-78')
    await edit.getByRole('group', { name: 'Line 1' }).getByRole('textbox', { name: 'Quantity' }).fill('4')
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await page.waitForURL(new RegExp(`/sales-orders/${id}$`))
    await page.getByText('PO-E2E-78').waitFor()
    const edited = (await apiCall(page, 'GET', `/api/v1/sales-orders/${id}`)).body
    assert.equal(Number(edited.lines[0].quantity), 4)
    assert.equal((await page.getByTestId('grand-total').textContent()).replace(/[^0-9.]/g, ''), Number(edited.grand_total).toFixed(2))
  },

  async 'the stock page shows reserved quantities; a head adjusts stock, and orders and receives a procurement request'({ page, shot }) {
    await login(page, 'head1@example.com')
    await nav(page, 'Stock').click()
    const table = page.getByRole('table', { name: 'Stock levels' })
    await table.waitFor()
    await table.getByRole('columnheader', { name: 'Reserved' }).waitFor()
    // The page shows what the server holds, reserved included, row by row.
    const levels = (await apiCall(page, 'GET', '/api/v1/stock?limit=50')).body.items
    const first = levels[0]
    const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: first.product_sku, exact: true }) }).filter({ hasText: first.warehouse_code }).first()
    const cells = await row.locator('td').allTextContents()
    const n = (v) => String(Number(v))
    assert.equal(cells[2], n(first.on_hand))
    assert.equal(cells[3], n(first.reserved))
    assert.ok(cells[4].startsWith(n(first.available)))
    const reserved = levels.find((l) => Number(l.reserved) > 0)
    if (reserved) {
      const r = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: reserved.product_sku, exact: true }) }).filter({ hasText: reserved.warehouse_code }).first()
      assert.equal((await r.locator('td').nth(3).textContent()).trim(), n(reserved.reserved))
    }
    await shot('stock-levels')

    // Adjust: +5 on hand, shown at once and in the product's ledger.
    await row.getByRole('button', { name: `Adjust ${first.product_sku} in ${first.warehouse_code}` }).click()
    const adjust = page.getByRole('dialog', { name: 'Adjust stock' })
    await adjust.getByRole('textbox', { name: 'Quantity' }).fill('5')
    await adjust.getByRole('textbox', { name: 'Reason' }).fill('Cycle count found a box')
    await adjust.getByRole('button', { name: 'Adjust' }).click()
    await adjust.waitFor({ state: 'detached' })
    await page.waitForFunction(
      ([sku, wh, want]) =>
        [...document.querySelectorAll('table[aria-label="Stock levels"] tbody tr')].some(
          (tr) => tr.textContent.includes(sku) && tr.textContent.includes(wh) && tr.querySelectorAll('td')[2]?.textContent === want,
        ),
      [first.product_sku, first.warehouse_code, String(Number(first.on_hand) + 5)],
    )
    await row.getByRole('link', { name: first.product_sku, exact: true }).click()
    await page.getByRole('table', { name: 'Stock moves' }).getByText('Cycle count found a box').waitFor()
    await shot('stock-moves')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('stock-moves-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // Procurement: a requested purchase is ordered from a supplier, then received in full.
    await nav(page, 'Procurement').click()
    const requests = page.getByRole('table', { name: 'Procurement requests' })
    await requests.waitFor()
    const open = (await apiCall(page, 'GET', '/api/v1/procurement-requests?status=requested&limit=50')).body.items
    const request = open.find((r) => r.kind === 'purchase_request') ?? open[0]
    assert.ok(request, 'the seed has a requested procurement request')
    await shot('procurement')
    await requests.getByRole('button', { name: `Order ${request.number}` }).click()
    const order = page.getByRole('dialog', { name: `Place order: ${request.number}` })
    await order.getByRole('textbox', { name: 'Supplier', exact: true }).fill('Kirloskar Brothers')
    await order.getByRole('textbox', { name: 'Supplier reference' }).fill('KB/PO/4411')
    await shot('procurement-order')
    await order.getByRole('button', { name: 'Place order' }).click()
    await order.waitFor({ state: 'detached' })
    await requests.getByRole('button', { name: `Receive ${request.number}` }).click()
    const receive = page.getByRole('dialog', { name: `Receive goods: ${request.number}` })
    const qty = receive.getByRole('textbox', { name: 'Quantity received' })
    assert.equal(await qty.inputValue(), String(Number(request.quantity)))
    await receive.getByRole('button', { name: 'Receive goods' }).click()
    await receive.waitFor({ state: 'detached' })
    await requests.getByRole('button', { name: `Receive ${request.number}` }).waitFor({ state: 'detached' })
    const after = (await apiCall(page, 'GET', `/api/v1/procurement-requests/${request.id}`)).body
    assert.equal(after.status, 'received')
    assert.equal(after.supplier, 'Kirloskar Brothers')
    assert.equal(Number(after.quantity_received), Number(request.quantity))
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('procurement-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)
  },

  async 'an admin sees the warehouses'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'Warehouses').click()
    await page.getByRole('table', { name: 'Warehouses' }).getByText('BLR-MAIN').waitFor()
    await shot('admin-warehouses')
  },
}
