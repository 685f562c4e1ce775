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


/** Exact sum of decimal strings with two places (the API's money), as a string: "1234.50". */
export function sumMoney(amounts) {
  const cents = amounts.reduce((total, amount) => {
    const [whole, fraction = ""] = amount.split(".");
    return total + BigInt(whole + fraction.padEnd(2, "0").slice(0, 2));
  }, 0n);
  const text = cents.toString().padStart(3, "0");
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** The app's money rule for two-decimal currencies: symbol, Indian grouping. */
export function formatMoney(amount, currency) {
  const [whole, fraction] = amount.split(".");
  const grouped = whole.length <= 3 ? whole : `${whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${whole.slice(-3)}`;
  return `${{ INR: "₹", USD: "$" }[currency] ?? `${currency} `}${grouped}.${fraction}`;
}

/** A signed request of any method, for setting up what another client (the web, a head) changed. */
export async function sendAs(api, email, method, pathname, body, headers = {}) {
  const login = await fetch(`${api.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const response = await fetch(`${api.url}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
