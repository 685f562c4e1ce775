// Starts the real API on a fresh, seeded SQLite database (a temporary file),
// serving the built web app, and stops it again.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

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

function runStep(args, env, label) {
  const result = spawnSync(PYTHON, args, { cwd: BACKEND_DIR, env, encoding: 'utf8', timeout: 180_000 })
  if (result.status !== 0) {
    throw new Error(`${label} failed (${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-3000)}`)
  }
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
  const workDir = mkdtempSync(join(tmpdir(), 'sales-web-e2e-'))
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite+aiosqlite:///${join(workDir, 'e2e.db')}`,
    SALES_WEB_DIST: dist,
  }
  runStep(['-m', 'alembic', 'upgrade', 'head'], env, 'migrations')
  runStep(['-m', 'app.cli', 'seed'], env, 'seed')
  const port = await freePort()
  const child = spawn(
    PYTHON,
    ['-m', 'uvicorn', 'app.main:create_app', '--factory', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning'],
    { cwd: BACKEND_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-20_000)
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForReady(baseUrl, child)
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
          }, 5000)
          child.once('exit', () => {
            clearTimeout(timer)
            r()
          })
        })
      }
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
