import { apiCall, assert, COMPANY_ZONE, login, nav, VIEWPORTS } from './helpers.mjs'

const pad = (n) => String(n).padStart(2, '0')
const localDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

export const tests = {
  async "a head sees the team's latest positions, an engineer's day with its distance, and a flagged check-in's visit"({ page, context, baseUrl, shot }) {
    // Setup through the API, as the phone app would send it: eng1's duty, pings and a visit.
    await login(page, 'eng1@example.com')
    const me = (await apiCall(page, 'GET', '/api/v1/users/me')).body
    const customer = (await apiCall(page, 'GET', '/api/v1/customers?limit=1')).body.items[0]
    const now = Date.now()
    const at = (minutesAgo) => new Date(now - minutesAgo * 60_000).toISOString()
    const duty = await apiCall(page, 'POST', '/api/v1/duty-days', { latitude: 12.97, longitude: 77.59, accuracy_m: 10, started_at: at(50) })
    assert.ok(duty.status < 300 || duty.status === 409, `duty start: ${duty.status} ${JSON.stringify(duty.body)}`)
    const track = [
      [12.97, 77.59],
      [12.98, 77.6],
      [12.99, 77.61],
      [13.0, 77.62],
    ]
    const pings = track.map(([lat, lng], i) => ({
      id: globalThis.crypto.randomUUID(),
      recorded_at: at(40 - i * 10),
      latitude: lat,
      longitude: lng,
      accuracy_m: 8,
      battery_pct: 80 - i,
      is_mock: false,
      event: 'periodic',
    }))
    const sent = await apiCall(page, 'POST', '/api/v1/locations/pings', { pings })
    assert.ok(sent.status < 300, `pings: ${sent.status} ${JSON.stringify(sent.body)}`)
    // "Today" is the company's day (its time zone), as the server counts it.
    const today = (await apiCall(page, 'GET', `/api/v1/users/${me.id}/day`)).body.date ?? localDate(new Date())
    const visit = await apiCall(page, 'POST', '/api/v1/visits', { customer_id: customer.id, planned_date: today, purpose: 'Quarterly review' }, { 'Idempotency-Key': globalThis.crypto.randomUUID() })
    assert.ok(visit.status < 300, `visit: ${visit.status} ${JSON.stringify(visit.body)}`)
    // Checked in far from the customer: the server flags it.
    const checkin = await apiCall(page, 'POST', `/api/v1/visits/${visit.body.id}/check-in`, { latitude: 13.0, longitude: 77.62, accuracy_m: 8, checked_in_at: at(5), is_mock: false }, { 'Idempotency-Key': globalThis.crypto.randomUUID() })
    assert.ok(checkin.status < 300, `check-in: ${checkin.status} ${JSON.stringify(checkin.body)}`)

    const other = await context.browser().newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, timezoneId: COMPANY_ZONE })
    await other.addInitScript(() => localStorage.setItem('sales.map.tiles', 'none'))
    const head = await other.newPage()
    await login(head, 'head1@example.com')
    await nav(head, 'Team map').click()
    await head.getByRole('region', { name: /Map of \d+ engineers/ }).waitFor()
    await head.getByText(me.full_name, { exact: true }).click()
    await head.getByRole('heading', { name: `${me.full_name}'s day` }).waitFor()
    const distance = await head.getByTestId('day-Distance').textContent()
    assert.match(distance, /^\d+\.\d km$/)
    assert.ok(Number(distance.split(' ')[0]) > 0, 'the day has a distance')
    const visitRow = head.getByRole('table', { name: 'Visits' }).getByRole('row').filter({ hasText: customer.name })
    if (checkin.body.is_flagged) await visitRow.getByText('Flagged').waitFor()
    await head.waitForTimeout(500)
    await head.screenshot({ path: new URL('./screenshots/field-team-map.png', import.meta.url).pathname, fullPage: true })
    await head.setViewportSize(VIEWPORTS.phone)
    await head.waitForTimeout(300)
    await head.screenshot({ path: new URL('./screenshots/field-team-map-phone.png', import.meta.url).pathname, fullPage: true })
    await head.setViewportSize(VIEWPORTS.desktop)

    await visitRow.getByRole('link', { name: customer.name }).click()
    await head.getByRole('heading', { name: `Visit to ${customer.name}` }).waitFor()
    await head.getByText('No report yet.').waitFor()
    await head.waitForTimeout(300)
    await head.screenshot({ path: new URL('./screenshots/field-visit.png', import.meta.url).pathname })

    await nav(head, 'Visits').click()
    await head.getByRole('table', { name: 'Visits' }).getByRole('link', { name: customer.name }).first().waitFor()
    await other.close()
    void shot
  },

  async "a head reads the team's attendance for a day and opens an engineer's day on the team map"({ page, shot }) {
    await login(page, 'head1@example.com')
    // The demo's last finished working day before today (company time: the page opens on
    // today, and a day can finish early today), and what the API says of it.
    const companyDate = (at) => new Date(at).toLocaleDateString('en-CA', { timeZone: COMPANY_ZONE })
    const today = companyDate(Date.now())
    const finished = (await apiCall(page, 'GET', '/api/v1/duty-days?is_open=false&limit=100')).body.items
    const lastDay = finished.find((day) => companyDate(day.started_at) < today)
    assert.ok(lastDay, 'the demo has finished duty days before today')
    const date = companyDate(lastDay.started_at)
    const report = (await apiCall(page, 'GET', `/api/v1/attendance?date=${date}`)).body
    const worked = report.items.filter((r) => r.duty_started_at && r.distance_km > 0)
    assert.ok(worked.length > 0, `someone worked on ${date}`)
    const person = worked[0]

    await nav(page, 'Attendance').click()
    await page.getByRole('heading', { name: 'Attendance' }).waitFor()
    await page.getByRole('table', { name: 'Attendance' }).or(page.getByText('No engineers to show')).first().waitFor()
    const [y, m, d] = date.split('-').map(Number)
    const label = `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`
    const picker = page.getByLabel('Day')
    await picker.fill(label)
    await picker.press('Enter')
    await page.waitForURL((url) => url.searchParams.get('date') === date)
    // Close the calendar the picker opened, so it covers nothing.
    await picker.press('Escape')
    await picker.blur()

    const table = page.getByRole('table', { name: 'Attendance' })
    const row = table.getByTestId(`attendance-row-${person.user_id}`)
    const km = `${person.distance_km.toLocaleString('en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`
    await row.getByText(km).waitFor()
    await row.getByText(`${person.visits_done} of ${person.visits_planned}`).waitFor()
    const onDuty = report.items.filter((r) => r.duty_started_at).length
    assert.equal(await page.getByTestId('attendance-On duty').textContent(), `${onDuty} of ${report.items.length}`)
    assert.equal(await table.getByRole('row').count(), report.items.length + 1)
    await shot('field-attendance', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.phone)
    await shot('field-attendance-phone', { fullPage: true })
    await page.setViewportSize(VIEWPORTS.desktop)

    // The engineer's name opens that day on the team map, with the same kilometres.
    await row.getByRole('link', { name: person.user_name }).click()
    await page.waitForURL((url) => url.pathname === '/field/map' && url.searchParams.get('user') === person.user_id && url.searchParams.get('date') === date)
    await page.getByRole('heading', { name: `${person.user_name}'s day` }).waitFor()
    await page.getByTestId('day-Distance').filter({ hasText: `${person.distance_km.toFixed(1)} km` }).waitFor()
  },
}
