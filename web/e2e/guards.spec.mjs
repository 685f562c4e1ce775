import { assert, login, VIEWPORTS } from './helpers.mjs'

export const tests = {
  async 'an engineer typing /admin/users is told in a sentence that the page is not for them'({ page, shot }) {
    await login(page, 'eng1@example.com')
    for (const [name, viewport] of [['desktop', VIEWPORTS.desktop], ['phone', VIEWPORTS.phone]]) {
      await page.setViewportSize(viewport)
      await page.goto('/admin/users')
      const refusal = page.getByRole('alert').filter({ hasText: 'This page is not open to you' })
      await refusal.waitFor()
      assert.match(await refusal.innerText(), /As a sales engineer you cannot manage users\. Ask an administrator/)
      assert.doesNotMatch(await page.locator('body').innerText(), /users:manage|Missing permission/)
      assert.equal(await page.getByRole('table', { name: 'Users' }).count(), 0)
      await shot(`guard-admin-users-engineer-${name}`)
    }
    // Every administration page is guarded the same way.
    await page.setViewportSize(VIEWPORTS.desktop)
    for (const [path, sentence] of [
      ['/admin/audit', 'read the audit log'],
      ['/admin/logins', 'read the login report'],
      ['/admin/pipelines', 'manage pipelines and stages'],
    ]) {
      await page.goto(path)
      await page.getByText(`As a sales engineer you cannot ${sentence}.`).waitFor()
    }
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await page.getByRole('heading', { name: /Good (morning|afternoon|evening)/ }).waitFor()
  },
}
