/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const apiTarget = process.env.SALES_API_URL ?? 'http://127.0.0.1:8000'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    // scripts/bundle-report.mjs reads it to measure what each page loads.
    manifest: true,
    // No manualChunks: grouping every library into a few big chunks made the
    // entry import the chart library (~390 kB) on every page, sign-in included.
    // Rolldown's own splitting follows the lazy routes, so a page loads the
    // libraries it draws with, and shared code once.
  },
  test: {
    // A time budget, not an assertion: on a busy 2-core CI machine a form test that types
    // through user-event in jsdom can pass 5 s (vitest's default) while still correct.
    testTimeout: 30_000,
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
    // Loading Mantine, React DOM and jsdom costs more than most test files take to run:
    // one module graph per worker instead of one per file (setup.ts resets shared state).
    isolate: false,
  },
})
