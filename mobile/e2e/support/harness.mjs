// Small pieces of the smoke test: Chromium's flags, TAP-like steps, an API client for checks.
import assert from "node:assert/strict";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const counts = { passed: 0, failed: 0 };

/** Runs one step; on failure `onFailure` may record what the page showed. */
export async function step(name, body, onFailure = async () => undefined) {
  try {
    await body();
    counts.passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    counts.failed += 1;
    await onFailure();
    console.log(`not ok - ${name}\n${error.stack ?? error}`);
    throw error;
  }
}

export const PASSWORD = "demo-pass-1";

/** A signed-in GET for checking what the server holds. */
export async function apiAs(api, email) {
  const login = await fetch(`${api.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  return async (pathname) => {
    const response = await fetch(`${api.url}${pathname}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200, `GET ${pathname}`);
    return response.json();
  };
}

