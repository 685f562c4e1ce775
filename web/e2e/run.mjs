// End-to-end flows: the real API on a fresh seeded database, the built app,
// Debian's Chromium driven by playwright-core. Screenshots go to e2e/screenshots/.
import { COMPANY_ZONE } from './company-zone.mjs'
import { readdirSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { startApi, WEB_DIR } from './server.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
/** `node e2e/run.mjs admin,orders` runs the specs whose names contain any of the words. */
const only = process.argv[2]?.split(',')
const specs = readdirSync(join(WEB_DIR, 'e2e'))
  .filter((f) => f.endsWith('.spec.mjs') && (!only || only.some((word) => f.includes(word))))
  .sort()
mkdirSync(join(WEB_DIR, 'e2e/screenshots'), { recursive: true })

const api = await startApi()
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
let passed = 0
let failed = 0
const started = Date.now()
try {
  for (const spec of specs) {
    const mod = await import(pathToFileURL(join(WEB_DIR, 'e2e', spec)).href)
    for (const [name, fn] of Object.entries(mod.tests)) {
      const context = await browser.newContext({ baseURL: api.baseUrl, viewport: { width: 1440, height: 900 }, timezoneId: COMPANY_ZONE })
      // Tile servers are unreachable in tests: use the bundled world outline.
      await context.addInitScript(() => localStorage.setItem('sales.map.tiles', 'none'))
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      const errors = []
      page.on('pageerror', (err) => errors.push(err.message))
      const t0 = Date.now()
      try {
        await fn({ page, context, baseUrl: api.baseUrl, shot: shooter(page) })
        if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join('; ')}`)
        passed += 1
        console.log(`  ✓ ${spec} › ${name} (${Date.now() - t0} ms)`)
      } catch (error) {
        failed += 1
        console.log(`  ✗ ${spec} › ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
        await page.screenshot({ path: join(WEB_DIR, 'e2e/.tmp-failure.png'), fullPage: true }).catch(() => undefined)
      } finally {
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  await api.stop()
}
console.log(`\ne2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)

function shooter(page) {
  return async (name, { fullPage = false } = {}) => {
    // Let lazy chunks, fonts and map layers settle before the picture.
    await page.waitForLoadState('networkidle').catch(() => undefined)
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(WEB_DIR, 'e2e/screenshots', `${name}.png`), fullPage })
  }
}
