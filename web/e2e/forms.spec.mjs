import { apiCall, assert, hasFocusWithin, inView, login, VIEWPORTS } from './helpers.mjs'

/** A customer of the signed-in user with an email and an address on the map. */
async function customerWith(page, test) {
  const list = await apiCall(page, 'GET', '/api/v1/customers?limit=50')
  assert.equal(list.status, 200)
  for (const summary of list.body.items) {
    const detail = await apiCall(page, 'GET', `/api/v1/customers/${summary.id}`)
    if (test(detail.body)) return detail.body
  }
  throw new Error('no seeded customer fits')
}


/**
 * Scrolls the map half under the sticky header and checks the header is drawn
 * over it. The map is the last but one card, so a short window (a phone held
 * sideways) is what lets it scroll that far.
 */
async function mapPassesUnderHeader(page, map) {
  const size = page.viewportSize()
  await page.setViewportSize({ width: size.width, height: 420 })
  await map.scrollIntoViewIfNeeded()
  const headerBox = await page.locator('header').first().boundingBox()
  const mapBox = await map.boundingBox()
  await page.evaluate((dy) => window.scrollBy(0, dy), mapBox.y - 10)
  const under = await map.boundingBox()
  assert.ok(under.y < headerBox.height / 2 && under.y + under.height > headerBox.height, 'the map passes under the header')
  const onHeader = await page.evaluate(
    ([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('header')),
    [under.x + under.width / 2, headerBox.height / 2],
  )
  assert.ok(onHeader, 'the header is drawn over the map')
  await page.setViewportSize(size)
}

export const tests = {
  async 'the duplicate warning of the long lead form appears next to its button, in view, with the focus'({ page, shot }) {
    await login(page, 'eng1@example.com')
    const existing = await customerWith(page, (c) => Boolean(c.email))
    for (const [name, viewport] of [['laptop', VIEWPORTS.laptop], ['phone', VIEWPORTS.phone]]) {
      await page.setViewportSize(viewport)
      await page.goto('/leads/new')
      const form = page.getByRole('form', { name: 'Capture lead' })
      await form.getByLabel('Company').fill(`${existing.name} (second site)`)
      await form.getByLabel('Email').fill(existing.email)
      await form.getByLabel('Notes').fill('Met at the trade fair; wants a quote for two chillers.')
      const capture = form.getByRole('button', { name: 'Capture lead' })
      await capture.scrollIntoViewIfNeeded()
      await capture.click()
      const warning = page.getByRole('alert').filter({ hasText: 'This lead may already exist' })
      await warning.waitFor()
      await page.waitForTimeout(600) // the smooth scroll settles
      assert.ok(await inView(warning), `the warning is in view at ${name}`)
      assert.ok(await hasFocusWithin(warning), `the warning has the focus at ${name}`)
      assert.ok(await inView(capture), `the button is still in view at ${name}`)
      await shot(`lead-duplicate-near-button-${name}`)
    }
  },

  async 'the customer page map stays under dialogs and under the header'({ page, shot }) {
    await login(page, 'admin@example.com')
    const customer = await customerWith(page, (c) => c.addresses.some((a) => a.latitude !== null))
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport)
      await page.goto(`/customers/${customer.id}`)
      const map = page.getByRole('region', { name: /addresses$/ })
      await map.locator('.leaflet-interactive').first().waitFor()
      await map.scrollIntoViewIfNeeded()

      // Under the sticky header: on a phone the page is one long column, so the map scrolls beneath it.
      if (name === 'phone') await mapPassesUnderHeader(page, map)

      // A dialog opened while the map is in sight (the button is pressed without scrolling
      // the page to it): the map stays in sight behind the dialog, under it.
      await map.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      const newDeal = page.getByRole('button', { name: 'New deal' })
      await newDeal.evaluate((el) => el.click())
      const dialog = page.getByRole('dialog', { name: 'New deal' })
      await dialog.waitFor()
      const box = await map.boundingBox()
      const visible = [Math.max(box.y, 0), Math.min(box.y + box.height, viewport.height)]
      assert.ok(visible[1] - visible[0] > 40, `the map is in sight behind the dialog at ${name}`)
      const covered = await page.evaluate(
        ([x, ys]) =>
          ys.every((y) => {
            const hit = document.elementFromPoint(x, y)
            return Boolean(hit && !hit.closest('.leaflet-container'))
          }),
        [box.x + box.width / 2, [visible[0] + 10, (visible[0] + visible[1]) / 2, visible[1] - 10]],
      )
      assert.ok(covered, `the dialog's overlay covers the map at ${name}`)
      await shot(`customer-map-under-dialog-${name}`)
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await dialog.waitFor({ state: 'detached' })
    }
  },
}
