import { readFileSync } from 'node:fs'
import { assert, login, nav } from './helpers.mjs'

/**
 * Each report as the index names it, the table that must show a row, and one filter to
 * change: the select's label, the option to pick (null: the first) and the URL param it sets.
 */
const REPORTS = [
  { slug: 'sales', title: 'Sales', table: 'Sales by period', filter: ['Per', 'Quarter', 'interval=quarter'] },
  { slug: 'receivables', title: 'Receivables', table: 'Aging', filter: ['Split by', 'Territory', 'dimension=territory'] },
  { slug: 'order-history', title: 'Order history', table: 'Order history', filter: ['Status', 'Confirmed', 'status=confirmed'] },
  { slug: 'paid-revenue', title: 'Paid revenue', table: 'Paid revenue over the window', filter: ['Split by', 'Seller', 'dimension=engineer'] },
  { slug: 'forecast', title: 'Pipeline forecast', table: 'Forecast per period', filter: ['Per', 'Quarter', 'interval=quarter'] },
  { slug: 'revenue-forecast', title: 'Revenue forecast', table: /^Forecast for/, filter: ['Forecast', '12 months', 'months=12'] },
  { slug: 'forecast-accuracy', title: 'Forecast accuracy', table: 'Predictions per month', filter: ['Made', 'At the month’s start', 'lead=0'] },
  { slug: 'customers', title: 'Customers', table: 'Top customers', filter: ['Top', '5 customers', 'top=5'] },
  { slug: 'leads', title: 'Leads and the funnel', table: 'Leads by source', filter: ['Split by', 'Owner', 'dimension=engineer'] },
  { slug: 'contacts', title: 'Contact interactions', table: 'Interactions per contact', filter: ['Show', '25 contacts', 'limit=25'] },
  { slug: 'activities', title: 'Field activity', table: 'Activities per person', filter: ['Team', null, 'team_id='] },
  { slug: 'logins', title: 'Employee logins', table: 'Logins per person', filter: ['Team', null, 'team_id='] },
  { slug: 'inventory', title: 'Inventory', table: 'Stock per product', filter: ['Warehouse', null, 'warehouse_id='] },
]

async function pick(page, label, option) {
  await page.getByRole('group', { name: 'Filters' }).getByRole('textbox', { name: label, exact: true }).click()
  const options = page.getByRole('option')
  await (option ? options.filter({ hasText: new RegExp(`^${option}$`) }).first() : options.first()).click()
}

async function download(page, item, extension, withRows) {
  await page.getByRole('button', { name: 'Download' }).click()
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()])
  assert.match(file.suggestedFilename(), new RegExp(`\\.${extension}$`))
  const bytes = readFileSync(await file.path())
  if (extension === 'csv') assert.ok(bytes.toString('utf8').trim().split('\n').length >= (withRows ? 2 : 1), `${file.suggestedFilename()} has a header and rows`)
  else assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip')
}

export const tests = {
  async 'a head opens every report from the index, changes a filter and downloads it as CSV and XLSX'({ page, shot }) {
    await login(page, 'head1@example.com')
    await nav(page, 'Reports').click()
    await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor()
    for (const r of REPORTS) await page.getByRole('main').getByRole('link', { name: r.title, exact: true }).waitFor()
    await shot('reports-index', { fullPage: true })

    for (const r of REPORTS) {
      await page.goto('/reports')
      await page.getByRole('main').getByRole('link', { name: r.title, exact: true }).click()
      await page.waitForURL(new RegExp(`/reports/${r.slug}$`))
      const table = page.getByRole('table', { name: r.table }).first()
      const first = table.locator('tbody tr').first()
      await first.waitFor()
      assert.match(await first.textContent(), /\d/, `${r.slug}: a row with a number`)
      await page.locator('[role="img"] .recharts-surface').first().waitFor()

      const [label, option, param] = r.filter
      const answered = page.waitForResponse((res) => res.url().includes(`/api/v1/reports/${r.slug}?`) && res.url().includes(param) && res.ok())
      await pick(page, label, option)
      await answered
      assert.ok(page.url().includes(param), `${r.slug}: the filter is in the URL (${page.url()})`)
      await table.locator('tbody tr').first().waitFor()
      await shot(`report-${r.slug}`, { fullPage: true })

      await download(page, 'CSV', 'csv', true)
      await download(page, 'Excel (XLSX)', 'xlsx', true)
    }
  },

  async 'a head opens the forecast pages: the pipeline by month and the revenue line with its band and error'({ page, shot }) {
    await login(page, 'head1@example.com')
    await page.goto('/reports/forecast')
    await page.getByRole('table', { name: 'Forecast per period' }).locator('tbody tr').first().waitFor()
    await page.getByRole('img', { name: /Bar chart of won, commit/ }).locator('.recharts-bar-rectangle').first().waitFor()
    await shot('report-forecast-month', { fullPage: true })

    await page.goto('/reports')
    await page.getByRole('main').getByRole('link', { name: 'Revenue forecast', exact: true }).click()
    // The demo's 30 months of order history: a seasonal fit per territory.
    const chart = page.getByRole('img', { name: /Line chart of booked revenue.* for North$/ })
    await chart.locator('.recharts-area-area').first().waitFor()
    await chart.locator('.recharts-line-curve').first().waitFor()
    const sections = page.getByRole('region')
    assert.ok((await sections.count()) >= 1, 'a series per territory')
    await page.getByText(/Fitted without the last|too short to measure/).first().waitFor()
    await page.getByRole('table', { name: /^Forecast for/ }).first().locator('tbody tr').first().waitFor()
    await shot('report-revenue-forecast', { fullPage: true })

    const answered = page.waitForResponse((res) => res.url().includes('/api/v1/reports/revenue-forecast?') && res.url().includes('dimension=none'))
    await pick(page, 'One line per', 'Everyone together')
    await answered
    await page.getByRole('region', { name: 'Everyone' }).locator('.recharts-area-area').first().waitFor()
    await shot('report-revenue-forecast-all', { fullPage: true })
  },

  async 'an engineer reads their own reports: no team or seller to pick, no login report'({ page, shot }) {
    await login(page, 'eng1@example.com')
    await nav(page, 'Reports').click()
    await page.getByRole('main').getByRole('link', { name: 'Receivables', exact: true }).waitFor()
    assert.equal(await page.getByRole('main').getByRole('link', { name: 'Employee logins', exact: true }).count(), 0)
    await page.getByRole('main').getByRole('link', { name: 'Receivables', exact: true }).click()
    await page.getByRole('table', { name: 'Aging' }).or(page.getByText('Nothing owed and nothing planned')).first().waitFor()
    const filters = page.getByRole('group', { name: 'Filters' })
    assert.equal(await filters.getByRole('textbox', { name: 'Seller' }).count(), 0)
    assert.equal(await filters.getByRole('textbox', { name: 'Team' }).count(), 0)
    await shot('report-receivables-engineer', { fullPage: true })
    await page.goto('/reports/logins')
    await page.getByText(/cannot read the login report/).waitFor()
  },
}
