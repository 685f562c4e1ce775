import { assert, login } from './helpers.mjs'

const MARKERS = { recharts: 'recharts-wrapper', leaflet: 'leaflet-container' }

/** Every script the page fetches, with its size and which big libraries it holds. */
function recordScripts(page) {
  const scripts = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    const body = await response.text().catch(() => '')
    const libraries = Object.entries(MARKERS).filter(([, marker]) => body.includes(marker)).map(([name]) => name)
    scripts.push({ url: new URL(response.url()).pathname, bytes: Buffer.byteLength(body), libraries })
  })
  return scripts
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

export const tests = {
  async 'the sign-in page loads no chart or map code, and the home page loads the chart after drawing'({ page, shot }) {
    const scripts = recordScripts(page)
    await page.goto('/login')
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await page.waitForLoadState('networkidle')
    const total = scripts.reduce((n, s) => n + s.bytes, 0)
    console.log(`    /login, cold: ${scripts.length} scripts, ${kb(total)} of JavaScript (uncompressed)`)
    assert.deepEqual(scripts.flatMap((s) => s.libraries), [], 'no chart or map library on the sign-in page')
    assert.ok(total < 600 * 1024, `the sign-in page needs ${kb(total)} of JavaScript`)
    await shot('login-cold')

    scripts.length = 0
    await login(page, 'head1@example.com')
    await page.getByRole('img', { name: /Bar chart of open pipeline/ }).locator('.recharts-wrapper').waitFor()
    assert.ok(scripts.some((s) => s.libraries.includes('recharts')), 'the home chart brings the chart library itself')
    assert.ok(!scripts.some((s) => s.libraries.includes('leaflet')), 'no map code on the home page')
  },

  async 'two tabs whose access token expired at once refresh it once and both stay signed in'({ page, context, shot }) {
    await login(page, 'head1@example.com')
    const second = await context.newPage()
    await second.goto('/customers')
    await second.getByRole('table', { name: 'Customers' }).waitFor()

    // Both tabs share the session; make its access token one the API refuses, as an expired one is.
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('sales.session'))
      localStorage.setItem('sales.session', JSON.stringify({ ...session, accessToken: 'expired' }))
    })
    const refreshes = []
    context.on('request', (request) => {
      if (request.url().endsWith('/api/v1/auth/refresh')) refreshes.push(request)
    })
    await Promise.all([page.reload(), second.reload()])
    await Promise.all([
      page.getByRole('button', { name: /account menu/i }).waitFor(),
      second.getByRole('table', { name: 'Customers' }).waitFor(),
    ])
    await second.waitForLoadState('networkidle')
    assert.equal(refreshes.length, 1, `one refresh for both tabs, not ${refreshes.length}`)
    for (const tab of [page, second]) {
      assert.doesNotMatch(tab.url(), /\/login/)
      assert.equal(await tab.evaluate(() => JSON.parse(localStorage.getItem('sales.session'))?.accessToken === 'expired'), false)
    }
    // And the session still works afterwards: the API did not see a refresh token twice.
    await second.goto('/pipeline')
    await second.getByRole('region', { name: 'Potential stage' }).waitFor()
    await shot('two-tabs-after-refresh')
    await second.close()
  },
}
