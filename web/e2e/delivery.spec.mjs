import { apiCall, assert, inr, login, nav, shotBoth, signInAs } from './helpers.mjs'

/** The status badge beside the page's title. */
const statusOf = (page) => page.locator('h2').locator('xpath=following-sibling::*').first()

/** Exact paise of a decimal string (the amounts here have at most 2 places). */
const paise = (amount) => Math.round(Number(amount) * 100)

/**
 * The engineer's INR customer with the most credit left (limit less what its issued
 * invoices hold open). Other specs change customers as they run (the admin spec lowers
 * the first one's limit to 3 lakh, the billing spec issues and pays invoices), and an
 * order beyond the credit left goes on credit hold instead of being confirmed.
 */
async function customerWithMostCredit(page) {
  const customers = (await apiCall(page, 'GET', '/api/v1/customers?limit=100')).body.items.filter((c) => (c.currency ?? 'INR') === 'INR')
  const likely = [...customers].sort((a, b) => Number(b.credit_limit) - Number(a.credit_limit)).slice(0, 6)
  let best = null
  for (const customer of likely) {
    const owed = (await apiCall(page, 'GET', `/api/v1/customers/${customer.id}/receivables`)).body
    const left = Number(owed.credit_limit ?? customer.credit_limit) - Number(owed.open_exposure ?? 0)
    if (!best || left > best.left) best = { customer, left }
  }
  assert.ok(best, 'the engineer has customers')
  return best.customer
}

/**
 * A goods product with stock free in the company's default warehouse (the first active
 * one by code), the cheapest to order a little more of than is there. Free stock means
 * no other order waits for it (stock that arrives goes to waiting lines first), so the
 * receipt of this order's procurement request comes to this order.
 */
async function productShortBy(page, shortage) {
  const warehouses = (await apiCall(page, 'GET', '/api/v1/warehouses?limit=200')).body.items.filter((w) => w.is_active)
  const warehouse = [...warehouses].sort((a, b) => a.code.localeCompare(b.code))[0]
  const goods = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=200')).body.items.filter((p) => p.kind === 'goods')
  const levels = (await apiCall(page, 'GET', `/api/v1/stock?warehouse_id=${warehouse.id}&limit=200`)).body.items
  const candidates = goods
    .map((product) => ({ product, level: levels.find((l) => l.product_id === product.id) }))
    .filter(({ level }) => level && Number(level.available) >= 1)
    .map((c) => ({ ...c, quantity: Number(c.level.available) + shortage }))
    .sort((a, b) => a.quantity * Number(a.product.list_price) - b.quantity * Number(b.product.list_price))
  assert.ok(candidates.length > 0, 'some goods are in stock in the default warehouse')
  return { warehouse, ...candidates[0] }
}

export const tests = {
  async 'the spine: an order short of stock waits, its procurement arrives, the delivery is picked, packed, shipped and delivered, then invoiced and paid'({ page, shot }) {
    // --- The engineer's order, for 2 more than the warehouse holds -----------------------
    await login(page, 'eng1@example.com')
    const customer = await customerWithMostCredit(page)
    const { warehouse, product, level, quantity } = await productShortBy(page, 2)
    const created = await apiCall(page, 'POST', '/api/v1/sales-orders', {
      customer_id: customer.id,
      customer_po_number: 'PO-E2E-SPINE',
      lines: [{ product_id: product.id, quantity: String(quantity) }],
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const orderId = created.body.id
    assert.equal(created.body.warehouse_id, warehouse.id, "the order ships from the company's default warehouse")
    const reserved = String(Number(level.available))

    await page.goto(`/sales-orders/${orderId}`)
    await page.getByRole('heading', { name: `Order ${created.body.number}` }).waitFor()
    await page.getByText('Deliveries start once the order is confirmed.').waitFor()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await page.getByText('Order confirmed').first().waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Confirmed')
    // The line holds what the warehouse had and waits for the rest.
    const orderLine = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr').first()
    await orderLine.getByText(`${reserved} reserved`).waitFor()
    await orderLine.getByText('2 waiting').waitFor()
    await shotBoth(page, shot, 'delivery-order-waiting')

    // A delivery now would take only what is reserved: the dialog proposes that much.
    await page.getByRole('button', { name: 'New delivery' }).click()
    let dialog = page.getByRole('dialog', { name: `New delivery for ${created.body.number}` })
    let line = dialog.getByRole('group', { name: /^Line 1/ })
    assert.equal(await line.getByRole('textbox', { name: 'To deliver' }).inputValue(), reserved)
    await line.getByText('waiting for stock 2').waitFor()
    await shot('delivery-new-partial')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })

    // --- The head orders the shortfall from a supplier and receives it -------------------
    await signInAs(page, 'head1@example.com')
    const requests = (await apiCall(page, 'GET', `/api/v1/procurement-requests?document_id=${orderId}`)).body.items
    assert.equal(requests.length, 1, 'confirming raised one procurement request for the shortfall')
    const request = requests[0]
    assert.equal(Number(request.quantity), 2)
    assert.equal(request.status, 'requested')
    await nav(page, 'Procurement').click()
    const table = page.getByRole('table', { name: 'Procurement requests' })
    await page.getByLabel('Search').fill(request.number)
    await page.waitForURL(/q=/)
    await table.getByRole('link', { name: created.body.number }).waitFor()
    await table.getByRole('button', { name: `Order ${request.number}` }).click()
    const orderDialog = page.getByRole('dialog', { name: /^Place order: / })
    await orderDialog.getByRole('textbox', { name: 'Supplier', exact: true }).fill('Crompton Greaves')
    await orderDialog.getByRole('button', { name: 'Place order' }).click()
    await orderDialog.waitFor({ state: 'detached' })
    await table.getByRole('button', { name: `Receive ${request.number}` }).click()
    const receive = page.getByRole('dialog', { name: /^Receive goods: / })
    assert.equal(await receive.getByRole('textbox', { name: 'Quantity received' }).inputValue(), '2')
    await receive.getByRole('button', { name: 'Receive goods' }).click()
    await receive.waitFor({ state: 'detached' })
    await table.getByRole('button', { name: `Receive ${request.number}` }).waitFor({ state: 'detached' })
    assert.equal((await apiCall(page, 'GET', `/api/v1/procurement-requests/${request.id}`)).body.status, 'received')

    // --- The engineer picks, packs, ships and delivers it ----------------------------------
    await signInAs(page, 'eng1@example.com')
    const stockBefore = (await apiCall(page, 'GET', `/api/v1/stock?warehouse_id=${warehouse.id}&product_id=${product.id}`)).body.items[0]
    await page.goto(`/sales-orders/${orderId}`)
    await orderLine.getByText(`${quantity} reserved`).waitFor()
    assert.equal(await orderLine.getByText('waiting').count(), 0, 'the receipt went to the waiting line')
    await page.getByRole('button', { name: 'New delivery' }).click()
    dialog = page.getByRole('dialog', { name: `New delivery for ${created.body.number}` })
    line = dialog.getByRole('group', { name: /^Line 1/ })
    assert.equal(await line.getByRole('textbox', { name: 'To deliver' }).inputValue(), String(quantity))
    // More than the line owes is refused at the line before anything is sent.
    await line.getByRole('textbox', { name: 'To deliver' }).fill(String(quantity + 1))
    await dialog.getByRole('button', { name: 'Create delivery' }).click()
    await line.getByText(`At most ${quantity} (still to deliver)`).waitFor()
    await line.getByRole('textbox', { name: 'To deliver' }).fill(String(quantity))
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Call the stores before unloading')
    await shotBoth(page, shot, 'delivery-new', { fullPage: false })
    await dialog.getByRole('button', { name: 'Create delivery' }).click()
    await page.waitForURL(/\/deliveries\/[0-9a-f-]{36}$/)
    const deliveryId = page.url().split('/deliveries/')[1]
    const made = (await apiCall(page, 'GET', `/api/v1/deliveries/${deliveryId}`)).body
    assert.equal(made.status, 'picking')
    assert.deepEqual(
      made.lines.map((l) => [l.sales_order_line_id, Number(l.quantity)]),
      [[created.body.lines[0].id, quantity]],
    )
    await page.getByRole('heading', { name: `Delivery ${made.number}` }).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Picking')
    await page.getByRole('table', { name: 'Delivery lines' }).getByText(created.body.lines[0].description).waitFor()

    // Pack: a weight the server refuses (more than 18 digits) is shown at the weight.
    const pack = page.getByRole('form', { name: 'Pack' })
    await pack.getByRole('textbox', { name: 'Packages' }).fill('2')
    const weight = pack.getByRole('textbox', { name: 'Gross weight (kg)' })
    await weight.fill('1234567890123456789')
    await pack.getByRole('button', { name: 'Mark packed' }).click()
    await pack.getByText(/no more than 18 digits/).waitFor()
    assert.equal(await weight.getAttribute('aria-invalid'), 'true')
    await shot('delivery-pack-refused')
    await weight.fill('38.5')
    await pack.getByRole('button', { name: 'Mark packed' }).click()
    const ship = page.getByRole('form', { name: 'Ship' })
    await ship.waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Packed')
    await page.getByText('2 packages, 38.5 kg').waitFor()
    await ship.getByRole('textbox', { name: 'Carrier' }).fill('VRL Logistics')
    await ship.getByRole('textbox', { name: 'Vehicle number' }).fill('KA-51-C-4821')
    await ship.getByRole('textbox', { name: 'Tracking number' }).fill('VRL-E2E-7781')
    await shotBoth(page, shot, 'delivery-packed')
    await ship.getByRole('button', { name: 'Mark shipped' }).click()
    const deliver = page.getByRole('form', { name: 'Deliver' })
    await deliver.waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Shipped')
    // Shipped: the goods left the warehouse and are in transit.
    const shipped = (await apiCall(page, 'GET', `/api/v1/stock?warehouse_id=${warehouse.id}&product_id=${product.id}`)).body.items[0]
    assert.equal(Number(shipped.on_hand), Number(stockBefore.on_hand) - quantity)
    assert.equal(Number(shipped.in_transit), Number(stockBefore.in_transit) + quantity)
    await deliver.getByRole('textbox', { name: 'Received by' }).fill('R. Iyer, stores')
    await deliver.getByRole('button', { name: 'Mark delivered' }).click()
    await page.getByText(/^Received by R\. Iyer, stores; recorded/).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Delivered')
    const delivered = (await apiCall(page, 'GET', `/api/v1/deliveries/${deliveryId}`)).body
    assert.equal(delivered.status, 'delivered')
    assert.equal(delivered.carrier, 'VRL Logistics')
    assert.equal(delivered.tracking_number, 'VRL-E2E-7781')
    assert.equal(delivered.packages_count, 2)
    assert.equal(Number(delivered.gross_weight_kg), 38.5)
    assert.equal(delivered.received_by, 'R. Iyer, stores')
    await shotBoth(page, shot, 'delivery-delivered')

    // The order is delivered and lists its delivery; the deliveries list finds it.
    await page.getByRole('link', { name: created.body.number }).first().click()
    await page.getByRole('heading', { name: `Order ${created.body.number}` }).waitFor()
    await page.getByRole('table', { name: 'Deliveries of this order' }).getByRole('link', { name: made.number }).waitFor()
    await page.waitForFunction(() => document.querySelector('h2 + *')?.textContent?.trim() === 'Delivered')
    assert.equal((await apiCall(page, 'GET', `/api/v1/sales-orders/${orderId}`)).body.status, 'delivered')
    assert.equal(await page.getByRole('button', { name: 'New delivery' }).count(), 0, 'nothing is left to deliver')
    await shotBoth(page, shot, 'delivery-order-delivered')
    await nav(page, 'Deliveries').click()
    const list = page.getByRole('table', { name: 'Deliveries' })
    await list.waitFor()
    await page.getByRole('textbox', { name: 'Status' }).click()
    await page.getByRole('option', { name: 'Delivered', exact: true }).click()
    await page.waitForURL(/status=delivered/)
    await page.getByLabel('Search').fill(made.number)
    await page.waitForURL(/q=/)
    const row = list.getByRole('row').filter({ has: page.getByRole('link', { name: made.number }) })
    await row.getByText('R. Iyer, stores', { exact: false }).waitFor()
    await page.getByLabel('Search').fill('')
    await page.waitForURL((url) => !url.search.includes('q='))
    await list.getByRole('link', { name: made.number }).waitFor()
    await shotBoth(page, shot, 'deliveries-list')

    // --- The head invoices the delivered quantity from the order page and records a part payment
    await signInAs(page, 'head1@example.com')
    const agingRow = async () =>
      (await apiCall(page, 'GET', '/api/v1/receivables/aging')).body.rows.find((r) => r.customer_id === customer.id && r.currency === 'INR')
    const before = paise((await agingRow())?.total_open ?? '0')
    await page.goto(`/sales-orders/${orderId}`)
    await page.getByRole('heading', { name: `Order ${created.body.number}` }).waitFor()
    // Delivered, nothing invoiced: the order offers its delivered quantities, and its
    // milestone (the default: 100% on delivery); one way of billing excludes the other.
    const milestone = created.body.milestones[0]
    const milestones = page.getByRole('table', { name: 'Milestones' })
    await milestones.getByRole('button', { name: `Invoice ${milestone.label}` }).waitFor()
    await page.getByText('None yet.').waitFor()
    await page.getByRole('button', { name: 'Invoice delivered quantities' }).click()
    const billDialog = page.getByRole('dialog', { name: 'Invoice delivered quantities' })
    const toInvoice = billDialog.getByRole('group', { name: /^Line 1/ }).getByRole('textbox', { name: 'To invoice' })
    assert.equal(await toInvoice.inputValue(), String(quantity), 'the dialog proposes all that is delivered and not invoiced')
    await billDialog.getByText(/once this invoice is issued, the order is billed by delivered quantities/).waitFor()
    await billDialog.getByRole('textbox', { name: 'Notes' }).fill('Against PO-E2E-SPINE')
    await shotBoth(page, shot, 'order-invoice-delivered', { fullPage: false })
    await billDialog.getByRole('button', { name: 'Create draft invoice' }).click()
    await page.waitForURL(/\/invoices\/[0-9a-f-]{36}$/)
    const invoiceId = page.url().split('/invoices/')[1]
    const drafted = (await apiCall(page, 'GET', `/api/v1/invoices/${invoiceId}`)).body
    assert.equal(drafted.status, 'draft')
    assert.equal(drafted.source_document_id, orderId)
    assert.equal(drafted.source_milestone_id, null)
    assert.equal(drafted.notes, 'Against PO-E2E-SPINE')
    assert.deepEqual(
      drafted.lines.map((l) => [l.source_line_id, Number(l.quantity), l.unit_price]),
      [[created.body.lines[0].id, quantity, created.body.lines[0].unit_price]],
    )
    // The server's answer: its totals, shown on the draft's page where it is issued.
    await page.getByText('Draft invoice created').first().waitFor()
    await page.getByRole('heading', { name: /^Draft invoice/ }).waitFor()
    await page.getByText(inr(drafted.grand_total), { exact: true }).first().waitFor()
    // Until it is issued, the order offers the draft rather than a second invoice.
    await page.getByRole('link', { name: 'The sales order it bills' }).click()
    await page.getByRole('link', { name: 'Draft invoice of delivered quantities waiting' }).click()
    await page.waitForURL(new RegExp(`/invoices/${invoiceId}$`))
    await page.getByRole('button', { name: 'Issue' }).click()
    await page.getByText('Invoice issued').first().waitFor()
    const invoice = (await apiCall(page, 'GET', `/api/v1/invoices/${invoiceId}`)).body
    assert.equal(invoice.status, 'issued')
    await page.getByRole('heading', { name: `Invoice ${invoice.number}` }).waitFor()
    const total = paise(invoice.grand_total)
    assert.equal(paise((await agingRow()).total_open), before + total, 'the issued invoice is open on the aging')

    // Issued, the order counts the quantity as invoiced and lists the invoice; it is billed
    // by quantities now, so its milestone offers no invoice.
    await page.getByRole('link', { name: 'The sales order it bills' }).click()
    await page.getByRole('heading', { name: `Order ${created.body.number}` }).waitFor()
    const orderInvoices = page.getByRole('table', { name: 'Invoices of this order' })
    const invoiceRow = orderInvoices.getByRole('row').filter({ has: page.getByRole('link', { name: invoice.number }) })
    await invoiceRow.getByText('Issued').waitFor()
    await invoiceRow.getByText('Delivered quantities').waitFor()
    await invoiceRow.getByText(inr(invoice.grand_total)).first().waitFor()
    const lineTable = page.getByRole('table', { name: 'Order lines' })
    const invoicedColumn = (await lineTable.locator('thead th').allTextContents()).indexOf('Invoiced')
    assert.equal((await lineTable.locator('tbody tr').first().locator('td').nth(invoicedColumn).textContent()).trim(), String(quantity))
    assert.equal(await page.getByRole('button', { name: 'Invoice delivered quantities' }).count(), 0)
    assert.equal(await milestones.getByRole('button', { name: `Invoice ${milestone.label}` }).count(), 0)
    assert.equal(Number((await apiCall(page, 'GET', `/api/v1/sales-orders/${orderId}`)).body.lines[0].quantity_invoiced), quantity)
    await shotBoth(page, shot, 'order-invoiced')

    const part = Math.floor(total / 2 / 10000) * 10000 || Math.floor(total / 2)
    await page.goto(`/payments/new?customer_id=${customer.id}`)
    const form = page.getByRole('form', { name: 'Record payment' })
    await page.waitForFunction((name) => document.querySelector('input[aria-haspopup="listbox"]')?.value === name, customer.name)
    await form.getByRole('textbox', { name: 'Amount' }).fill((part / 100).toFixed(2))
    await form.getByRole('textbox', { name: 'Reference' }).fill('UTR-E2E-SPINE')
    await form.getByRole('textbox', { name: `Allocate to ${invoice.number}` }).fill((part / 100).toFixed(2))
    await form.getByRole('button', { name: 'Record payment' }).click()
    await page.waitForURL(/\/payments\/[0-9a-f-]{36}$/)
    await page.getByRole('table', { name: 'Allocations', exact: true }).getByRole('link', { name: invoice.number }).click()
    await page.getByRole('heading', { name: `Invoice ${invoice.number}` }).waitFor()
    await page.getByText('Partially paid').first().waitFor()
    assert.equal((await apiCall(page, 'GET', `/api/v1/invoices/${invoiceId}`)).body.status, 'partially_paid')

    // The aging: the customer's open total grew by the invoice, less the payment.
    await nav(page, 'Receivables').click()
    const aging = page.getByRole('table', { name: 'Receivables aging' })
    const customerRow = aging.getByRole('row').filter({ has: page.getByRole('link', { name: customer.name, exact: true }) })
    const expected = before + total - part
    await customerRow.getByText(inr(expected / 100), { exact: true }).first().waitFor()
    assert.equal(paise((await agingRow()).total_open), expected)
    await shotBoth(page, shot, 'delivery-receivables')
  },
}
