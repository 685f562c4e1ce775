import { apiCall, assert, login, nav, VIEWPORTS } from './helpers.mjs'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export const tests = {
  async 'a head sees the dashboard with the targets running today, opens Targets and sets one for the team'({ page, shot }) {
    await login(page, 'head1@example.com')
    // The dashboard: its cards, the targets' bars, the pipeline's chart after the card.
    const targets = page.getByRole('list', { name: 'Targets running today' })
    await targets.waitFor()
    assert.ok((await targets.getByRole('listitem').count()) > 0, 'the demo has targets running today')
    await page.getByRole('img', { name: /Bar chart of open pipeline/ }).locator('.recharts-bar-rectangle').first().waitFor()
    for (const name of ['Open pipeline', 'Sales this month', 'Invoiced and collected', 'Overdue receivables']) {
      await page.getByRole('region', { name }).waitFor()
    }
    await shot('dashboard-head', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('dashboard-head-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // Targets: the team's and its people's, with their attainment.
    await nav(page, 'Targets').click()
    const table = page.getByRole('table', { name: 'Targets' })
    await table.waitFor()
    await shot('targets-list', { fullPage: true })

    // A month target for the head's own team, this month (the team's demo target is a quarter).
    const me = await apiCall(page, 'GET', '/api/v1/users/me')
    const teams = await apiCall(page, 'GET', '/api/v1/teams')
    const team = teams.body.find((t) => t.id === me.body.team_id)
    assert.ok(team, 'the head leads a team')
    await page.getByRole('button', { name: 'New target' }).click()
    const dialog = page.getByRole('dialog', { name: 'New target' })
    await dialog.waitFor()
    await dialog.getByText('Team', { exact: true }).click()
    await dialog.getByRole('textbox', { name: 'Team' }).click()
    await page.getByRole('option', { name: team.name, exact: true }).click()
    // A fiscal quarter cannot start this month unless it is April, July, October or January.
    const month = MONTHS[new Date().getMonth()]
    await dialog.getByRole('textbox', { name: 'Period' }).click()
    await page.getByRole('option', { name: 'Fiscal quarter' }).click()
    await dialog.getByRole('button', { name: /^Starts/ }).click()
    await page.locator('.mantine-MonthPickerInput-monthsList').getByRole('button', { name: month, exact: true }).click()
    await dialog.getByLabel(/^Revenue/).fill('750000')
    await dialog.getByLabel(/^Visits/).fill('30')
    await dialog.getByRole('button', { name: 'Set target' }).click()
    if (!['Apr', 'Jul', 'Oct', 'Jan'].includes(month)) {
      await dialog.getByText(/A fiscal quarter starts in April, July, October or January/).first().waitFor()
      await shot('target-new-error')
    }
    await dialog.getByRole('textbox', { name: 'Period' }).click()
    await page.getByRole('option', { name: 'Month', exact: true }).click()
    await shot('target-new')
    await dialog.getByRole('button', { name: 'Set target' }).click()
    await dialog.waitFor({ state: 'detached' })

    // The new target is listed with nothing booked against it yet or with the month's orders.
    await page.goto('/targets?subject=team&period=month')
    const row = table.getByRole('row', { name: new RegExp(team.name) }).first()
    await row.waitFor()
    const text = await row.textContent()
    assert.match(text, /₹7,50,000\.00/)
    assert.match(text, new RegExp(`${month} \\d{4}`))
    await shot('targets-created', { fullPage: true })
  },

  async 'a head reads the sales report per quarter by territory and downloads it as CSV'({ page, shot }) {
    await login(page, 'head1@example.com')
    await nav(page, 'Reports').click()
    await page.getByRole('link', { name: 'Sales', exact: true }).click()
    const table = page.getByRole('table', { name: 'Sales by period' })
    await table.waitFor()
    await page.getByRole('img', { name: /Bar chart of order value/ }).locator('.recharts-bar-rectangle').first().waitFor()
    await shot('sales-report', { fullPage: true })

    await page.goto('/reports/sales?interval=quarter&dimension=territory')
    await table.getByRole('columnheader', { name: 'Territory' }).waitFor()
    await shot('sales-report-territory', { fullPage: true })
    await page.getByRole('button', { name: 'Download' }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV' }).click()])
    assert.match(download.suggestedFilename(), /\.csv$/)
    const path = await download.path()
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(path, 'utf8')
    assert.ok(text.split('\n').length > 2, 'the CSV has rows')
  },

  async 'an engineer sees only their own targets and may not set one'({ page, shot }) {
    await login(page, 'eng1@example.com')
    const me = await apiCall(page, 'GET', '/api/v1/users/me')
    const targets = page.getByRole('list', { name: 'Targets running today' })
    await targets.waitFor()
    const items = await targets.getByRole('listitem').allTextContents()
    assert.ok(items.length > 0, 'the demo gives every engineer targets')
    for (const text of items) assert.ok(text.startsWith(me.body.full_name), `an engineer's own target: ${text}`)
    await shot('dashboard-engineer', { fullPage: true })
    await nav(page, 'Targets').click()
    await page.getByRole('table', { name: 'Targets' }).waitFor()
    assert.equal(await page.getByRole('button', { name: 'New target' }).count(), 0)
    assert.equal(await page.getByRole('button', { name: /^Edit the target/ }).count(), 0)
  },
}
