import { apiCall, assert, COMPANY_ZONE, login, nav, VIEWPORTS } from './helpers.mjs'

/** The status badge beside the quote's title. */
const statusOf = (page) => page.locator('h2').locator('xpath=following-sibling::*').first()

export const tests = {
  async 'an engineer builds a discounted quote that waits; the head approves it in the inbox; it is sent and accepted'({ page, context, baseUrl, shot }) {
    await login(page, 'eng1@example.com')
    const customer = (await apiCall(page, 'GET', '/api/v1/customers?limit=1')).body.items[0]
    const product = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=1')).body.items[0]
    const limits = (await apiCall(page, 'GET', '/api/v1/discount-limits')).body
    const myLimit = limits.find((l) => l.role === 'sales_engineer').max_percent
    assert.ok(customer && product, 'the seed has a customer of eng1 and an active product')
    const over = String(Number(myLimit) + 5)

    // From the customer's page: "New quote" opens the builder with the customer filled in.
    await page.goto(`/customers/${customer.id}`)
    const quotesCard = page.getByRole('heading', { name: 'Quotes', level: 4 })
    await quotesCard.waitFor()
    await page.getByRole('link', { name: 'New quote' }).click()
    await page.waitForURL(/\/quotes\/new\?customer_id=/)
    const form = page.getByRole('form', { name: 'Save draft' })
    await form.getByRole('textbox', { name: 'Customer' }).waitFor()
    await page.waitForFunction((name) => document.querySelector('input[aria-haspopup="listbox"]')?.value === name, customer.name)

    // A product found by its SKU: the unit price arrives from the price list, with its rule.
    const line = form.getByRole('group', { name: 'Line 1' })
    await line.getByRole('textbox', { name: 'Product' }).fill(product.sku)
    await page.getByRole('option', { name: new RegExp(`^${product.sku}`) }).click()
    const price = line.getByRole('textbox', { name: 'Unit price' })
    await page.waitForFunction((el) => el.value !== '', await price.elementHandle())
    await line.getByText(/price list|list price/i).first().waitFor()
    await line.getByRole('textbox', { name: 'Quantity' }).fill('3')
    await line.getByRole('textbox', { name: 'Discount %' }).fill(over)
    // Above the engineer's limit: the builder says so before anything is sent.
    await page.getByRole('status').filter({ hasText: 'This quote will need approval' }).waitFor()
    await line.getByText(`Above your limit of ${Number(myLimit)}%`).waitFor()
    await form.getByRole('textbox', { name: 'Terms' }).fill('50% advance, balance on delivery. Delivery in 4 weeks.')
    await shot('quote-builder')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('quote-builder-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    await form.getByRole('button', { name: 'Save draft' }).click()
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/)
    const quoteId = page.url().split('/quotes/')[1]
    await page.getByRole('heading', { name: /^Quote Q\// }).waitFor()
    await page.getByText('Needs approval').waitFor()
    // The totals are the server's, drawn as it sent them.
    const saved = (await apiCall(page, 'GET', `/api/v1/quotes/${quoteId}`)).body
    assert.equal(saved.status, 'draft')
    const grand = await page.getByTestId('grand-total').textContent()
    assert.match(grand.replace(/[^0-9.]/g, ''), new RegExp(`^${Number(saved.grand_total).toFixed(2).replace('.', '\\.')}$`))
    await shot('quote-draft')

    await page.getByRole('button', { name: 'Submit for approval' }).click()
    await page.getByText('Waiting for approval').waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Pending approval')
    assert.equal((await apiCall(page, 'GET', `/api/v1/quotes/${quoteId}`)).body.status, 'pending_approval')
    // The engineer cannot send it yet, nor approve it.
    assert.equal(await page.getByRole('button', { name: 'Mark as sent' }).count(), 0)
    assert.equal(await page.getByRole('button', { name: 'Approve' }).count(), 0)

    // The head finds it in the approvals inbox and approves it with a comment.
    const other = await context.browser().newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, timezoneId: COMPANY_ZONE })
    const head = await other.newPage()
    await login(head, 'head1@example.com')
    await nav(head, 'Approvals').click()
    const inbox = head.getByRole('table', { name: 'Quotes waiting for approval' })
    await inbox.getByRole('link', { name: saved.display_number }).waitFor()
    await head.waitForLoadState('networkidle')
    await head.waitForTimeout(300)
    await head.screenshot({ path: new URL('./screenshots/approvals-inbox.png', import.meta.url).pathname })
    await inbox.getByRole('button', { name: `Approve ${saved.display_number}` }).click()
    const dialog = head.getByRole('dialog', { name: 'Approve quote' })
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Fine for a repeat customer.')
    await dialog.getByRole('button', { name: 'Approve quote' }).click()
    await dialog.waitFor({ state: 'detached' })
    await inbox.getByRole('link', { name: saved.display_number }).waitFor({ state: 'detached' })
    await other.close()

    // Back with the engineer: approved, so it can be sent; the customer accepts it.
    await page.reload()
    await page.getByText('Fine for a repeat customer.').waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Approved')
    await page.getByRole('button', { name: 'Mark as sent' }).click()
    await page.getByRole('button', { name: 'Customer accepted' }).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Sent')
    await page.getByRole('button', { name: 'Customer accepted' }).click()
    const accept = page.getByRole('dialog', { name: 'Record acceptance' })
    await accept.getByRole('button', { name: 'Record acceptance' }).click()
    await accept.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Customer accepted' }).waitFor({ state: 'detached' })
    assert.equal((await statusOf(page).textContent()).trim(), 'Accepted')
    const accepted = (await apiCall(page, 'GET', `/api/v1/quotes/${quoteId}`)).body
    assert.equal(accepted.status, 'accepted')
    await shot('quote-accepted', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('quote-accepted-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // The customer's page lists it, linked.
    await page.goto(`/customers/${customer.id}`)
    await page.getByRole('table', { name: 'Related quotes' }).getByRole('link', { name: saved.display_number }).waitFor()
    await shot('customer-quotes')

    // The quotes list finds it by its number.
    await nav(page, 'Quotes').click()
    const table = page.getByRole('table', { name: 'Quotes' })
    await table.waitFor()
    await page.getByLabel('Search').fill(saved.number)
    await page.waitForURL(/q=/)
    await table.getByRole('link', { name: saved.display_number }).waitFor()
    await shot('quotes-list')
  },

  async 'a rejected quote is revised: the new revision is a draft, the earlier one read-only and linked'({ page, shot }) {
    await login(page, 'eng2@example.com')
    const customer = (await apiCall(page, 'GET', '/api/v1/customers?limit=1')).body.items[0]
    const product = (await apiCall(page, 'GET', '/api/v1/products?active=true&limit=1')).body.items[0]
    const created = await apiCall(page, 'POST', '/api/v1/quotes', { customer_id: customer.id, lines: [{ product_id: product.id, quantity: '2', discount_percent: '0' }] })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const id = created.body.id
    for (const action of ['submit', 'send']) assert.equal((await apiCall(page, 'POST', `/api/v1/quotes/${id}/${action}`)).status, 200)

    await page.goto(`/quotes/${id}`)
    await page.getByRole('button', { name: 'Customer rejected' }).click()
    const dialog = page.getByRole('dialog', { name: 'Record rejection' })
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Price too high against a competitor')
    await dialog.getByRole('button', { name: 'Record rejection' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Price too high against a competitor').waitFor()

    await page.getByRole('button', { name: 'Revise' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith(id) && /\/quotes\/[0-9a-f-]{36}$/.test(url.pathname))
    await page.getByRole('heading', { name: `Quote ${created.body.number}-R1` }).waitFor()
    assert.equal((await statusOf(page).textContent()).trim(), 'Draft')
    const revisions = page.getByRole('heading', { name: 'Revisions' }).locator('xpath=..')
    await revisions.getByRole('link', { name: created.body.display_number }).click()
    await page.getByText('An earlier revision').waitFor()
    assert.equal(await page.getByRole('button', { name: 'Revise' }).count(), 0, 'an earlier revision offers no actions')
    assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0)
    await shot('quote-earlier-revision')

    // The new revision is edited in the builder: the server reprices it, and the page shows its totals.
    await page.getByRole('link', { name: `${created.body.number}-R1` }).click()
    const before = await page.getByTestId('grand-total').textContent()
    await page.getByRole('link', { name: 'Edit' }).click()
    const form = page.getByRole('form', { name: 'Save changes' })
    const line = form.getByRole('group', { name: 'Line 1' })
    await line.getByRole('textbox', { name: 'Quantity' }).fill('5')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('heading', { name: `Quote ${created.body.number}-R1` }).waitFor()
    await page.waitForFunction((old) => document.querySelector('[data-testid="grand-total"]')?.textContent !== old, before)
    const currentId = (await apiCall(page, 'GET', `/api/v1/quotes?number=${encodeURIComponent(created.body.number)}`)).body.items.find((q) => q.is_current).id
    const revised = (await apiCall(page, 'GET', `/api/v1/quotes/${currentId}`)).body
    assert.equal(Number(revised.lines[0].quantity), 5)
    const shown = (await page.getByTestId('grand-total').textContent()).replace(/[^0-9.]/g, '')
    assert.equal(shown, Number(revised.grand_total).toFixed(2), 'the page shows the total the server computed')
  },

  async 'an admin sees the catalogue pages: products, taxes, price lists with their quantity breaks, discount limits'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'Products').click()
    await page.getByRole('table', { name: 'Products' }).waitFor()
    await shot('admin-products')
    await nav(page, 'Taxes').click()
    await page.getByRole('table', { name: 'Tax categories' }).waitFor()
    await shot('admin-taxes')
    await nav(page, 'Price lists').click()
    const lists = page.getByRole('table', { name: 'Price lists' })
    await lists.waitFor()
    await shot('admin-price-lists')
    await lists.getByRole('link').first().click()
    await page.getByRole('table', { name: 'Price list items' }).waitFor()
    await shot('admin-price-list')
    await nav(page, 'Discount limits').click()
    await page.getByRole('table', { name: 'Discount limits' }).waitFor()
    await page.getByRole('button', { name: 'Sales engineer' }).click()
    await page.getByRole('dialog', { name: 'Discount limit: Sales engineer' }).waitFor()
    await shot('admin-discount-limits')
  },
}
