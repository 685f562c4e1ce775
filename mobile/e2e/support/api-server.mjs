// Starts the real API (backend/) with its job worker on a throwaway seeded PostgreSQL
// (`python -m app.cli serve-scratch`: an embedded server, or a scratch database on
// TEST_DATABASE_URL's server), and stops it again; the scratch data is deleted.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { serverEnv } from "./company-zone.mjs";

const backendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../backend");
const python = path.join(backendDir, ".venv/bin/python");

export async function startApiServer(port) {
  const child = spawn(python, ["-m", "app.cli", "serve-scratch", "--port", String(port)], {
    cwd: backendDir,
    env: serverEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk) => (log = (log + chunk).slice(-6000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/ready`, child, () => log);
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 20_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

async function waitFor(url, child, log) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode})\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API did not start at ${url}\n${log()}`);
}
