import { apiCall, assert, inr, login, nav, VIEWPORTS } from './helpers.mjs'

export const tests = {
  async 'a head records a part payment against an open invoice; the invoice shows partially paid and the aging moves'({ page, shot }) {
    await login(page, 'head1@example.com')
    const invoices = (await apiCall(page, 'GET', '/api/v1/invoices?status=issued&kind=invoice&limit=100')).body.items
    const invoice = invoices.find((i) => i.currency === 'INR' && Number(i.open_amount) > 1000)
    assert.ok(invoice, 'the demo data has an issued INR invoice with money open')
    const agingBefore = (await apiCall(page, 'GET', '/api/v1/receivables/aging')).body
    const rowBefore = agingBefore.rows.find((r) => r.customer_id === invoice.customer_id && r.currency === 'INR')
    assert.ok(rowBefore, 'the customer is on the aging report')
    const part = (Math.floor(Number(invoice.open_amount) / 2 / 100) * 100).toFixed(2)

    await nav(page, 'Payments').click()
    await page.getByRole('link', { name: 'Record payment' }).click()
    await page.waitForURL(/\/payments\/new/)
    await page.goto(`/payments/new?customer_id=${invoice.customer_id}`)
    const form = page.getByRole('form', { name: 'Record payment' })
    await page.waitForFunction((name) => document.querySelector('input[aria-haspopup="listbox"]')?.value === name, invoice.customer_name)
    // Paid a little more than allocated: the rest shows as credit.
    const amount = (Number(part) + 50).toFixed(2)
    await form.getByRole('textbox', { name: 'Amount' }).fill(amount)
    await form.getByRole('textbox', { name: 'Reference' }).fill('UTR-E2E-0001')
    const alloc = form.getByRole('textbox', { name: `Allocate to ${invoice.number}` })
    await alloc.fill(part)
    assert.equal(await page.getByTestId('allocated').textContent(), inr(part))
    assert.equal(await page.getByTestId('credit').textContent(), inr(50))
    // The invoice's row shows what stays open after this allocation.
    const row = form.getByRole('row').filter({ hasText: invoice.number })
    await row.getByText(inr(Number(invoice.open_amount) - Number(part))).waitFor()
    await shot('payment-record')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('payment-record-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // Too much on the invoice: refused at the field before anything is sent.
    await alloc.fill(String(Number(invoice.open_amount) + 1))
    await form.getByText('More than the invoice still owes').waitFor()
    await alloc.fill(part)

    await form.getByRole('button', { name: 'Record payment' }).click()
    await page.waitForURL(/\/payments\/[0-9a-f-]{36}$/)
    await page.getByRole('table', { name: 'Allocations', exact: true }).getByRole('link', { name: invoice.number }).waitFor()
    await page.getByText(`Unallocated credit: ${inr(50)}`).waitFor()
    await shot('payment-detail')

    // The invoice: partially paid, with the payment listed.
    await page.getByRole('table', { name: 'Allocations', exact: true }).getByRole('link', { name: invoice.number }).click()
    await page.getByRole('heading', { name: `Invoice ${invoice.number}` }).waitFor()
    await page.getByText('Partially paid').first().waitFor()
    await page.getByRole('table', { name: 'Payments on this invoice' }).getByText(inr(part)).waitFor()
    const after = (await apiCall(page, 'GET', `/api/v1/invoices/${invoice.id}`)).body
    assert.equal(after.status, 'partially_paid')
    assert.equal(Number(after.open_amount).toFixed(2), (Number(invoice.open_amount) - Number(part)).toFixed(2))
    await shot('invoice-detail')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('invoice-detail-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // The aging report: the customer's open total went down by the allocated part.
    await nav(page, 'Receivables').click()
    const table = page.getByRole('table', { name: 'Receivables aging' })
    const agingRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: invoice.customer_name, exact: true }) })
    const expected = inr(Number(rowBefore.total_open) - Number(part))
    await agingRow.getByText(expected, { exact: true }).first().waitFor()
    const agingAfter = (await apiCall(page, 'GET', '/api/v1/receivables/aging')).body
    const rowAfter = agingAfter.rows.find((r) => r.customer_id === invoice.customer_id && r.currency === 'INR')
    assert.equal(Number(rowAfter.total_open).toFixed(2), (Number(rowBefore.total_open) - Number(part)).toFixed(2))
    await shot('receivables-aging')
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('receivables-aging-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // The invoices list with its overdue badges.
    await nav(page, 'Invoices').click()
    await page.getByRole('table', { name: 'Invoices' }).waitFor()
    await shot('invoices-list')
  },
}
