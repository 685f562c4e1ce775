// Starts the real API and its job worker on a fresh, seeded PostgreSQL (embedded,
// throwaway), serving the built web app, and stops it again.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serverEnv } from './company-zone.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const WEB_DIR = resolve(here, '..')
// SALES_BACKEND_DIR runs the flows against another checkout of the backend (same venv).
const BACKEND_DIR = resolve(process.env.SALES_BACKEND_DIR ?? resolve(WEB_DIR, '../backend'))
const PYTHON = join(resolve(WEB_DIR, '../backend'), '.venv/bin/python')

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolvePort(port))
    })
  })
}

async function waitForReady(baseUrl, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early with code ${child.exitCode}`)
    try {
      const res = await fetch(`${baseUrl}/ready`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`API not ready after ${timeoutMs} ms`)
}

export async function startApi() {
  if (!existsSync(PYTHON)) throw new Error(`No backend venv at ${PYTHON}: run \`make backend-deps\``)
  const dist = join(WEB_DIR, 'dist')
  if (!existsSync(join(dist, 'index.html'))) throw new Error('web/dist is missing: run `make web-build`')
  const env = serverEnv({ SALES_WEB_DIST: dist })
  const port = await freePort()
  // A throwaway seeded stack (API + job worker) on its own PostgreSQL, deleted on stop.
  const child = spawn(PYTHON, ['-m', 'app.cli', 'serve-scratch', '--port', String(port)], {
    cwd: BACKEND_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  const keep = (chunk) => {
    stderr = (stderr + chunk).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForReady(baseUrl, child, 180_000)
  } catch (error) {
    child.kill('SIGTERM')
    throw new Error(`${error.message}\n${stderr}`)
  }
  return {
    baseUrl,
    logs: () => stderr,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((r) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL')
            r()
          }, 20_000)
          child.once('exit', () => {
            clearTimeout(timer)
            r()
          })
        })
      }
    },
  }
}
