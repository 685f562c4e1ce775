// Starts the real API (backend/) on a fresh seeded SQLite database for one test run.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../backend");
const python = path.join(backendDir, ".venv/bin/python");

export async function startApiServer(port) {
  const dir = mkdtempSync(path.join(tmpdir(), "sales-mobile-e2e-"));
  const env = { ...process.env, DATABASE_URL: `sqlite+aiosqlite:///${dir}/e2e.db` };
  const run = (...args) => {
    try {
      execFileSync(python, args, { cwd: backendDir, env, stdio: "pipe" });
    } catch (error) {
      throw new Error(`${args.join(" ")} failed:\n${error.stderr}`);
    }
  };
  run("-m", "alembic", "upgrade", "head");
  run("-m", "app.cli", "seed");
  const child = spawn(
    python,
    ["-m", "uvicorn", "app.main:create_app", "--factory", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: backendDir, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr.on("data", (chunk) => (log = (log + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`, () => log);
  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitFor(url, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API did not start at ${url}\n${log()}`);
}
