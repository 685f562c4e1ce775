import { login } from './helpers.mjs'

export const tests = {
  async 'the dashboard works on a tablet, navigation behind the menu button'({ page, shot }) {
    await page.setViewportSize({ width: 820, height: 1180 })
    await login(page, 'head1@example.com')
    await page.getByRole('heading', { name: /Good (morning|afternoon|evening)/ }).waitFor()
    await shot('tablet-home')
    await page.getByRole('button', { name: 'Toggle navigation' }).click()
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Pipeline', exact: true }).click()
    await page.getByRole('region', { name: 'Potential stage' }).waitFor()
    await shot('tablet-pipeline')
    await page.goto('/customers')
    await page.getByRole('table', { name: 'Customers' }).waitFor()
    await shot('tablet-customers')
    await page.setViewportSize({ width: 1180, height: 820 })
    await page.goto('/activities')
    await page.getByRole('region').first().waitFor()
    await shot('tablet-landscape-agenda')
  },
}
