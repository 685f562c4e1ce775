import { readFile } from 'node:fs/promises'
import { assert, login, nav, shotBoth } from './helpers.mjs'

// Three customers by external id; the second's e-mail is not one, so the dry run refuses it.
const CSV = [
  'external_id,name,email,contact.name,contact.email',
  'E2E-1,Kaveri Pumps Pvt Ltd,orders@kaveri-pumps.example,Meera Iyer,meera.iyer@kaveri-pumps.example',
  'E2E-2,Godavari Valves,not-an-email,,',
  'E2E-3,Narmada Steel,sales@narmada-steel.example,,',
].join('\r\n')

// Two ERP orders of demo customers, by the ERP's ids: SO-1 has two lines (a row each)
// and is confirmed by the admin over the customer's credit limit (approve_credit);
// SO-2 names a product the ERP does not have here, so the dry run refuses it.
const ORDERS_CSV = [
  'external_id,customer_external_id,owner_email,customer_po_number,status,approve_credit,line.product_external_id,line.quantity',
  'E2E-SO-1,SAP-C100000,eng1@example.com,PO-E2E-1,confirmed,yes,ERP-PMP-0001,2',
  'E2E-SO-1,SAP-C100000,eng1@example.com,PO-E2E-1,confirmed,yes,ERP-VLV-0001,6',
  'E2E-SO-2,SAP-C100001,eng1@example.com,PO-E2E-2,,,ERP-NOPE-9,1',
].join('\r\n')

/** Clicks `button` and waits for the browser download it starts: its name and text. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
}

export const tests = {
  async 'an admin dry-runs a customer import with a bad row, runs it, exports customers, and exports and erases a contact'({ page, shot }) {
    await login(page, 'admin@example.com')

    // Imports: a dry run first, each record's outcome, the refusal at its column.
    await nav(page, 'Imports').click()
    await page.getByRole('heading', { name: 'Imports' }).waitFor()
    await page.getByRole('button', { name: 'New import' }).click()
    const dialog = page.getByRole('dialog', { name: 'New import' })
    await dialog.locator('input[type=file]').setInputFiles({ name: 'customers-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await dialog.getByText('customers-e2e.csv').waitFor()
    await shot('import-new')
    await dialog.getByRole('button', { name: 'Upload and dry-run' }).click()
    await page.waitForURL(/\/admin\/imports\/customers\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { name: 'customers-e2e.csv' }).waitFor()
    await page.getByText('Dry run done: nothing was saved yet').waitFor({ timeout: 30_000 })
    const records = page.getByRole('table', { name: 'Records' })
    const bad = records.getByRole('row').filter({ hasText: 'E2E-2' })
    await bad.getByText('Refused').waitFor()
    await bad.getByText('email', { exact: true }).waitFor()
    assert.match(await bad.textContent(), /422/)
    assert.match(await records.getByRole('row').filter({ hasText: 'E2E-1' }).textContent(), /Created/)
    assert.match(await records.getByRole('row').filter({ hasText: 'E2E-3' }).textContent(), /Created/)
    const dryCounts = page.getByLabel('What the run would do').first()
    assert.match(await dryCounts.textContent(), /2 created.*1 refused/)
    await shotBoth(page, shot, 'import-dry-run')

    // The dry run's result as a file.
    await page.getByRole('button', { name: 'Dry-run result' }).click()
    const dryFile = await downloaded(page, page.getByRole('menuitem', { name: /^CSV/ }))
    assert.match(dryFile.name, /-dry-run\.csv$/)
    assert.match(dryFile.text, /E2E-2,refused,,422/)

    // The run: the counts, and the outcomes are the run's now.
    await page.getByRole('button', { name: 'Run the import' }).click()
    await page.getByRole('dialog', { name: 'Run this import?' }).getByRole('button', { name: 'Run the import' }).click()
    await page.getByText('Done', { exact: true }).first().waitFor({ timeout: 30_000 })
    const runCounts = page.getByLabel('What the run did').first()
    await runCounts.waitFor()
    assert.match(await runCounts.textContent(), /2 created.*1 refused/)
    await records.getByRole('row').filter({ hasText: 'E2E-1' }).getByRole('link', { name: 'Open the record' }).waitFor()
    await shotBoth(page, shot, 'import-run')
    await page.getByRole('link', { name: 'Imports', exact: true }).first().click()
    await page.getByRole('table', { name: 'Imports' }).getByRole('row').filter({ hasText: 'customers-e2e.csv' }).getByText('Done').waitFor()
    await shot('admin-imports')

    // Exports: start one, wait for it, download it.
    await nav(page, 'Exports').click()
    await page.getByRole('heading', { name: 'Exports' }).waitFor()
    await page.getByRole('button', { name: 'New export' }).click()
    const exportDialog = page.getByRole('dialog', { name: 'New export' })
    await exportDialog.getByRole('radio', { name: 'CSV' }).check()
    await shot('export-new')
    await exportDialog.getByRole('button', { name: 'Start export' }).click()
    await exportDialog.waitFor({ state: 'hidden' })
    const exportRow = page.getByRole('table', { name: 'Exports' }).getByRole('row').nth(1)
    await exportRow.getByText('Ready').waitFor({ timeout: 30_000 })
    const exported = await downloaded(page, exportRow.getByRole('button', { name: /^Download/ }))
    assert.match(exported.name, /\.csv$/)
    assert.ok(exported.text.includes('Kaveri Pumps Pvt Ltd'), 'the export holds the imported customer')
    assert.ok(!exported.text.includes('Godavari Valves'), 'the refused record was never saved')
    await shot('admin-exports')

    // Personal data: pick the imported customer's contact, export their data, erase them.
    await nav(page, 'Personal data').click()
    await page.getByRole('heading', { name: 'Personal data' }).waitFor()
    await page.getByRole('textbox', { name: 'Customer' }).fill('Kaveri')
    await page.getByRole('option', { name: 'Kaveri Pumps Pvt Ltd' }).click()
    await page.getByRole('textbox', { name: 'Contact' }).click()
    await page.getByRole('option', { name: /Meera Iyer/ }).click()
    await page.getByText('meera.iyer@kaveri-pumps.example').first().waitFor()
    const personal = await downloaded(page, page.getByRole('button', { name: 'Export their data' }))
    assert.match(personal.name, /^personal-data-contact-[0-9a-f-]{36}\.json$/)
    const held = JSON.parse(personal.text)
    assert.equal(held.kind, 'contact')
    assert.ok(JSON.stringify(held.records).includes('meera.iyer@kaveri-pumps.example'), 'the export holds their e-mail')
    await shotBoth(page, shot, 'privacy-person')

    await page.getByRole('button', { name: 'Erase…' }).click()
    const erase = page.getByRole('dialog', { name: 'Erase Meera Iyer?' })
    await erase.getByRole('button', { name: 'Erase for good' }).click()
    await erase.getByText('Say why: the request’s reference, the legal ground').waitFor()
    await erase.getByLabel('Reason').fill('Erasure request by e-mail, ticket 4711')
    await erase.getByRole('checkbox').check()
    await shot('privacy-erase')
    await erase.getByRole('button', { name: 'Erase for good' }).click()
    await erase.waitFor({ state: 'hidden' })
    const erasures = page.getByRole('table', { name: 'Erasures' })
    const record = erasures.getByRole('row').filter({ hasText: 'ticket 4711' })
    await record.waitFor()
    assert.match(await record.textContent(), /Contact/)
    assert.ok(!(await record.textContent()).includes('Meera'), 'the erasure record holds no personal data')
    await shotBoth(page, shot, 'admin-privacy')
  },

  async 'an admin imports ERP orders by external id, one row per line, and opens the confirmed order'({ page, shot }) {
    await login(page, 'admin@example.com')
    await nav(page, 'Imports').click()
    await page.getByRole('heading', { name: 'Imports' }).waitFor()
    await page.locator('.mantine-SegmentedControl-root').getByText('Sales orders', { exact: true }).click()
    await page.getByRole('button', { name: 'New import' }).click()
    const dialog = page.getByRole('dialog', { name: 'New import' })
    await dialog.locator('input[type=file]').setInputFiles({ name: 'orders-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(ORDERS_CSV) })
    await dialog.getByText('orders-e2e.csv').waitFor()
    await dialog.getByRole('button', { name: 'Upload and dry-run' }).click()
    await page.waitForURL(/\/admin\/imports\/sales_orders\/[0-9a-f-]{36}$/)
    await page.getByText('Dry run done: nothing was saved yet').waitFor({ timeout: 30_000 })
    const records = page.getByRole('table', { name: 'Records' })
    const bad = records.getByRole('row').filter({ hasText: 'E2E-SO-2' })
    await bad.getByText('Refused').waitFor()
    await bad.getByText('line.product_external_id', { exact: true }).waitFor()
    assert.match(await records.getByRole('row').filter({ hasText: 'E2E-SO-1' }).textContent(), /Created/)
    await shotBoth(page, shot, 'import-orders-dry-run')

    await page.getByRole('button', { name: 'Run the import' }).click()
    await page.getByRole('dialog', { name: 'Run this import?' }).getByRole('button', { name: 'Run the import' }).click()
    await page.getByText('Done', { exact: true }).first().waitFor({ timeout: 30_000 })
    assert.match(await page.getByLabel('What the run did').first().textContent(), /1 created.*1 refused/)
    await records.getByRole('row').filter({ hasText: 'E2E-SO-1' }).getByRole('link', { name: 'Open the record' }).click()
    await page.waitForURL(/\/sales-orders\/[0-9a-f-]{36}$/)
    await page.getByText('PO-E2E-1').first().waitFor()
    await page.getByText('Confirmed', { exact: true }).first().waitFor()
    await page.getByText('E2E-SO-1', { exact: true }).waitFor() // the ERP's id, under the order's details
    await shot('import-orders-record')
  },
}
