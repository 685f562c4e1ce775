import assert from 'node:assert/strict'

export { assert }
export { COMPANY_ZONE } from './company-zone.mjs'

export async function login(page, email, password = 'demo-pass-1') {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: /account menu/i }).waitFor()
}

/** Signs the current user out and `email` in. */
export async function signInAs(page, email) {
  await page.getByRole('button', { name: /account menu/i }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await page.waitForURL(/\/login/)
  await login(page, email)
}

/** Calls the API from inside the page with the signed-in user's token. */
export async function apiCall(page, method, path, body, headers = {}) {
  return page.evaluate(
    async ([m, p, b, h]) => {
      const session = JSON.parse(localStorage.getItem('sales.session') ?? 'null')
      const res = await fetch(p, {
        method: m,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session?.accessToken}`, ...h },
        body: b === undefined ? undefined : JSON.stringify(b),
      })
      const text = await res.text()
      return { status: res.status, body: text ? JSON.parse(text) : null }
    },
    [method, path, body, headers],
  )
}

/** Drags with the mouse in small steps, as a person would (dnd-kit needs real pointer moves). */
export async function dragTo(page, source, target) {
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  assert.ok(from && to, 'drag source and target must be visible')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 12)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 })
  await page.waitForTimeout(150)
  await page.mouse.up()
}

/** ₹12,34,567.50, the app's money format for INR. */
export function inr(amount) {
  const [whole, frac] = Number(amount).toFixed(2).split('.')
  const head = whole.slice(0, -3)
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${whole.slice(-3)}` : whole
  return `₹${grouped}.${frac}`
}

/** A link of the main navigation. */
export function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true })
}

/** The viewports the screens were tried at. */
export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
}

/**
 * The page at the desktop and the phone viewport (a dialog: what is in view, not the page
 * under it), without the step notifications: on a phone they cover the form.
 */
export async function shotBoth(page, shot, name, { fullPage = true } = {}) {
  const hidden = await page.addStyleTag({ content: '.mantine-Notifications-root { visibility: hidden }' })
  await shot(name, { fullPage })
  await page.setViewportSize(VIEWPORTS.phone)
  await shot(`${name}-phone`, { fullPage })
  await page.setViewportSize(VIEWPORTS.desktop)
  await hidden.evaluate((style) => style.remove())
}

/** True when the whole element is inside the visible part of the page. */
export async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth
  })
}

/** True when the focused element is the given one or inside it. */
export async function hasFocusWithin(locator) {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
}
