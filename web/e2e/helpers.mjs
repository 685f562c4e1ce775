import assert from 'node:assert/strict'

export { assert }

export async function login(page, email, password = 'demo-pass-1') {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: /account menu/i }).waitFor()
}
