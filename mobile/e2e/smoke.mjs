// Smoke test of the web export against the real API on a fresh seeded database:
// sign in as an engineer, open my day, work offline, come back online, and check
// that the server got exactly one record per action. Screenshots go to e2e/screenshots/.
import { COMPANY_ZONE } from "./support/company-zone.mjs";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { acceptSteps } from "./accept.mjs";
import { conflictSteps } from "./conflict.mjs";
import { fieldSteps } from "./field.mjs";
import { fileSteps } from "./files.mjs";
import { tabsSteps } from "./tabs.mjs";
import { startApiServer } from "./support/api-server.mjs";
import {
  apiAs,
  CHROMIUM_FLAGS,
  counts,
  formatMoney,
  PASSWORD,
  sendAs,
  step as runStep,
  sumMoney,
} from "./support/harness.mjs";
import { freePort, startStaticServer } from "./support/static-server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../dist");
const shots = path.join(here, "screenshots");
const EMAIL = "eng1@example.com";
mkdirSync(shots, { recursive: true });
const api = await startApiServer(await freePort());
const web = await startStaticServer(dist, await freePort());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_FLAGS,
});
// A phone in New Delhi that allows the app to read its location.
const PHONE_POSITION = { latitude: 28.6139, longitude: 77.209 };
const context = await browser.newContext({
  viewport: { width: 412, height: 870 },
  deviceScaleFactor: 1,
  geolocation: PHONE_POSITION,
  permissions: ["geolocation"],
  timezoneId: COMPANY_ZONE,
});
const page = await context.newPage();
const consoleErrors = [];
page.on("pageerror", (error) => consoleErrors.push(String(error)));
/** Polls `probe` until it answers something (the server may take a moment to receive a queued write). */
async function eventually(probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
/** A screenshot of the phone (or of `tab`, another page) for e2e/screenshots/. */
const shot = (name, tab = page) => tab.screenshot({ path: path.join(shots, `${name}.png`) });
// A failed step leaves what the page showed in e2e/.tmp/failure.png (not committed), and
// prints the page's address, its uncaught errors and the start of its text (CI keeps only the log).
const step = (name, body) =>
  runStep(name, body, async () => {
    mkdirSync(path.join(here, ".tmp"), { recursive: true });
    await page.screenshot({ path: path.join(here, ".tmp", "failure.png") }).catch(() => undefined);
    const text = await page
      .locator("body")
      .innerText({ timeout: 5_000 })
      .catch((error) => `(unreadable: ${error.message})`);
    console.log(`# page: ${page.url()}`);
    console.log(`# uncaught errors: ${JSON.stringify(consoleErrors)}`);
    console.log(`# page text: ${JSON.stringify(text.slice(0, 1_500))}`);
  });

try {
  const get = await apiAs(api, EMAIL);

  await step("signs in with the server URL, email and password", async () => {
    await page.goto(`${web.url}/?server=${encodeURIComponent(api.url)}`);
    await page.getByTestId("email").fill(EMAIL);
    await page.getByTestId("password").fill(PASSWORD);
    await shot("01-sign-in");
    await page.getByTestId("sign-in").click();
    await page.getByText("My day").first().waitFor({ timeout: 20_000 });
  });

  await step("opens my day", async () => {
    await page.getByTestId("my-day").waitFor({ timeout: 20_000 });
    // The first sync after sign-in brings the agenda, customers, leads and deals.
    await page.getByTestId("my-day-synced").waitFor({ timeout: 30_000 });
    await page.getByText("Hello, ").waitFor();
    // The engineer's own numbers from the dashboard: this month's target (the demo sets one), pipeline, week.
    await page.getByTestId("target-percent").waitFor({ timeout: 30_000 });
    await page.getByTestId("week-visits").waitFor();
    await shot("02-my-day");
  });

  const customers = (await get("/api/v1/customers?limit=5&sort=name")).items;
  const customer = customers[0];
  assert.ok(customer, "eng1 sees at least one customer");

  await step("lists the engineer's customers from the local copy and searches them", async () => {
    await page.getByTestId("tab-customers").click();
    await page.getByTestId(`customer-${customer.id}`).waitFor({ timeout: 20_000 });
    await page.getByTestId("customer-search").fill(customer.name.split(" ")[0]);
    await page.getByTestId(`customer-${customer.id}`).waitFor();
    await shot("03-customers");
  });

  const contactName = `E2E Contact ${Date.now()}`;
  await step("adds a contact while offline: shown at once as pending", async () => {
    await page.getByTestId(`customer-${customer.id}`).click();
    await page.getByTestId("add-contact").waitFor();
    await context.setOffline(true);
    await page.getByTestId("add-contact").click();
    await page.getByTestId("contact-name").fill(contactName);
    await page.getByTestId("save-contact").click();
    await page.locator('[data-testid^="contact-"]:visible', { hasText: contactName }).waitFor();
    await page.locator('[data-testid^="pending-"]:visible').first().waitFor();
    await shot("04-contact-pending-offline");
  });

  await step("the sync screen lists the pending write", async () => {
    await page.getByTestId("tab-sync").click();
    await page.getByText(`New contact: ${contactName}`).waitFor();
    await shot("05-sync-pending");
  });

  await step("back online, the write is sent once and the queue empties", async () => {
    await context.setOffline(false);
    await page.getByTestId("sync-now").click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 20_000 });
    const contacts = await get(`/api/v1/customers/${customer.id}/contacts`);
    assert.equal(contacts.filter((contact) => contact.name === contactName).length, 1);
    await shot("06-synced");
  });

  const leadPerson = `Asha Rao ${Date.now()}`;
  await step("captures a lead offline from my day: kept on the phone, marked pending", async () => {
    await page.getByTestId("tab-today").click();
    await page.getByTestId("new-lead").click();
    await context.setOffline(true);
    await page.getByTestId("lead-person").fill(leadPerson);
    await page.getByTestId("lead-company").fill("Rao Diagnostics");
    await page.getByTestId("lead-phone").fill("+91 98100 12345");
    await page.getByTestId("save-lead").click();
    await page.getByTestId("lead-status").waitFor({ timeout: 20_000 });
    await page.locator('[data-testid^="pending-"]:visible').first().waitFor();
    await shot("07-lead-captured-offline");
    await page.getByTestId("tab-today").click();
    await page.getByTestId("pending-sync-badge").waitFor();
    await shot("08-my-day-pending-badge");
  });

  await step("back online, the lead is synced: exactly one on the server, with where it was captured", async () => {
    await context.setOffline(false);
    await page.getByTestId("tab-sync").click();
    await page.getByTestId("sync-now").click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 20_000 });
    const leads = (await get(`/api/v1/leads?q=${encodeURIComponent(leadPerson)}`)).items;
    assert.equal(leads.length, 1);
    assert.equal(leads[0].capture_latitude, PHONE_POSITION.latitude);
    assert.equal(leads[0].capture_longitude, PHONE_POSITION.longitude);
    // The leads tab still shows the captured lead; pressing the focused tab goes back to the list.
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("lead-status").waitFor();
    await page.getByTestId("tab-leads").click();
    await page.getByTestId(`lead-${leads[0].id}`).waitFor({ timeout: 20_000 });
    await page.locator(`[data-testid="pending-${leads[0].id}"]:visible`).waitFor({ state: "detached", timeout: 10_000 });
    await shot("09-leads-synced");
  });

  await step("works the lead through contacted and qualified, then converts it", async () => {
    const [lead] = (await get(`/api/v1/leads?q=${encodeURIComponent(leadPerson)}`)).items;
    await page.getByTestId(`lead-${lead.id}`).click();
    await page.getByTestId("lead-contact").click();
    await page.getByTestId("lead-qualify").click();
    await page.getByTestId("lead-convert").click();
    await page.locator('[data-testid="lead-status"]:visible', { hasText: "Converted" }).waitFor();
    await page.getByTestId("tab-sync").click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 20_000 });
    const converted = await get(`/api/v1/leads/${lead.id}`);
    assert.equal(converted.status, "converted");
    assert.ok(converted.converted_opportunity_id, "the conversion opened a deal");
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("open-deal").click();
    await page.getByTestId("deal-stage").waitFor({ timeout: 20_000 });
    await shot("10-converted-deal");
  });

  await step("the new customer is on the phone, with its contact and timeline", async () => {
    await page.getByTestId("tab-customers").click();
    await page.getByTestId("tab-customers").click();
    await page.getByTestId("customer-search").fill("Rao Diagnostics");
    const row = page.locator('[data-testid^="customer-"]:visible', { hasText: "Rao Diagnostics" }).first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    await page.locator('[data-testid^="contact-"]:visible', { hasText: leadPerson }).waitFor({ timeout: 20_000 });
    await page.locator('[data-testid^="timeline-"]:visible').first().waitFor({ timeout: 20_000 });
    await shot("11-converted-customer");
  });

  await step("shows my pipeline by stage, including the new deal", async () => {
    await page.getByTestId("tab-pipeline").click();
    await page.getByText("Potential").first().waitFor({ timeout: 20_000 });
    await shot("12-pipeline");
  });

  const lostLead = `Ravi Menon ${Date.now()}`;
  await step("a lead whose answer is lost on the way back is retried and the server keeps one", async () => {
    let lost = 0;
    await page.route("**/api/v1/leads", async (route) => {
      if (route.request().method() !== "POST" || lost > 0) return route.continue();
      lost += 1;
      await route.fetch(); // the server creates the lead...
      await route.abort("connectionreset"); // ...and the phone never hears back
    });
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("capture-lead").click();
    await page.getByTestId("lead-person").fill(lostLead);
    await page.getByTestId("lead-email").fill(`ravi.${Date.now()}@example.com`);
    await page.getByTestId("save-lead").click();
    await page.getByTestId("lead-status").waitFor({ timeout: 20_000 });
    await page.getByTestId("tab-sync").click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 30_000 });
    assert.equal(lost, 1, "the first answer was lost");
    const leads = (await get(`/api/v1/leads?q=${encodeURIComponent(lostLead)}`)).items;
    assert.equal(leads.length, 1);
    await page.unroute("**/api/v1/leads");
  });

  const subject = `Call back about chillers ${Date.now()}`;
  await step("logs a call from my day; it shows at once and reaches the server", async () => {
    await page.getByTestId("tab-today").click();
    await page.getByTestId("log-activity").click();
    await page.getByTestId("activity-subject").fill(subject);
    await page.getByTestId("save-activity").click();
    const card = page.locator('[data-testid^="activity-"]:visible', { hasText: subject });
    await card.waitFor({ timeout: 20_000 });
    await page.getByTestId("tab-sync").click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 30_000 });
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const activities = (await get(`/api/v1/activities?limit=200&scheduled_from=${since}`)).items;
    assert.equal(activities.filter((activity) => activity.subject === subject).length, 1);
    await page.getByTestId("tab-today").click();
    await card.waitFor();
    // The field day (duty, route) sits above the agenda: bring the call into view.
    await card.scrollIntoViewIfNeeded();
    await shot("13-my-day-logged-call");
  });

  await step("pipeline totals are per currency: dollars are never added into rupees", async () => {
    const open = (await get("/api/v1/opportunities?status=open&limit=200")).items;
    const byStage = new Map();
    for (const deal of open) {
      const stage = byStage.get(deal.stage_id) ?? new Map();
      stage.set(deal.currency, [...(stage.get(deal.currency) ?? []), deal.amount]);
      byStage.set(deal.stage_id, stage);
    }
    const mixed = [...byStage.entries()].find(([, currencies]) => currencies.has("USD"));
    assert.ok(mixed, "eng1 has an open deal in dollars");
    const [stageId, currencies] = mixed;
    await page.getByTestId("tab-pipeline").click();
    await page.getByTestId("tab-pipeline").click();
    for (const [currency, amounts] of currencies) {
      const line = page.getByTestId(`stage-total-${stageId}-${currency}`);
      await line.waitFor({ timeout: 20_000 });
      const text = await line.innerText();
      assert.ok(text.startsWith(formatMoney(sumMoney(amounts), currency)), `${currency} total: ${text}`);
    }
    await page.getByTestId(`stage-totals-${stageId}`).scrollIntoViewIfNeeded();
    await shot("14-pipeline-totals-per-currency");
  });

  const customerPhone = customer.phone;
  await step("a possible duplicate lead is flagged right above Save, in view and focused", async () => {
    assert.ok(customerPhone, "the customer has a phone to match");
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("capture-lead").click();
    await page.getByTestId("lead-person").fill(`Twin of ${customer.name}`);
    await page.getByTestId("lead-phone").fill(customerPhone);
    await page.getByTestId("save-lead").click();
    const problem = page.getByTestId("form-problem");
    await problem.waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "form-problem");
    // The screen scrolls to the warning with an animation: on screen once it has settled.
    const onScreen = await page
      .waitForFunction(
        () => {
          const box = document.querySelector('[data-testid="form-problem"]')?.getBoundingClientRect();
          return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
        },
        undefined,
        { timeout: 5_000 },
      )
      .then(() => true, () => false);
    assert.ok(onScreen, "the warning is on screen");
    await page.getByText(/Same phone as customer/).first().waitFor();
    await shot("15-duplicate-warning-at-save");
    await page.getByTestId("form-problem-discard").click();
    await problem.waitFor({ state: "detached" });
    assert.equal(await page.getByTestId("lead-person").inputValue(), `Twin of ${customer.name}`);
  });

  await step("plans a meeting on a chosen day and time, for an hour and a half", async () => {
    await page.getByTestId("tab-today").click();
    await page.getByTestId("log-activity").click();
    await page.getByTestId("activity-type-meeting").click();
    await page.getByTestId("activity-subject").fill(`Chiller demo ${Date.now()}`);
    await page.getByTestId("activity-when-next-month").click();
    const month = await page.getByTestId("activity-when-month").innerText();
    const [monthName, year] = month.split(" ");
    const monthIndex = new Date(`${monthName} 1, ${year}`).getMonth();
    const day = `${year}-${String(monthIndex + 1).padStart(2, "0")}-12`;
    await page.getByTestId(`activity-when-day-${day}`).click();
    await page.getByTestId("activity-when-slot-15:30").click();
    await page.getByTestId("activity-duration-90").click();
    await page.getByTestId("activity-span").getByText(/15:30 – 17:00/).waitFor();
    await page.getByTestId("activity-span").scrollIntoViewIfNeeded();
    await shot("16-plan-meeting-date-time-duration");
    await page.getByTestId("save-activity").click();
    const from = encodeURIComponent(new Date(Number(year), monthIndex, 12).toISOString());
    const start = new Date(Number(year), monthIndex, 12, 15, 30).getTime();
    const planned = await eventually(async () =>
      (await get(`/api/v1/activities?type=meeting&scheduled_from=${from}&limit=200`)).items.find(
        (meeting) => new Date(meeting.starts_at).getTime() === start,
      ),
    );
    assert.ok(planned, "the meeting starts at 15:30 local time on the 12th");
    assert.equal(new Date(planned.ends_at).getTime() - new Date(planned.starts_at).getTime(), 90 * 60_000);
  });

  await step("offline, then online: refused and set-aside writes wait on the sync screen with Try again and Discard", async () => {
    const pipelines = await get("/api/v1/pipelines");
    const open = (await get("/api/v1/opportunities?status=open&limit=200")).items.filter((deal) => deal.currency === "INR");
    const deal = open[0];
    const pipeline = pipelines.find((candidate) => candidate.id === deal.pipeline_id);
    const target = pipeline.stages.find((stage) => stage.kind === "open" && stage.id !== deal.stage_id && stage.required_fields.length === 0);
    const lost = pipeline.stages.find((stage) => stage.kind === "lost");
    const stuck = `Stuck Lead ${Date.now()}`;
    const card = (text) => page.locator('[data-testid^="outbox-"]:not([data-testid^="outbox-state-"])', { hasText: text });
    const twin = `Offline Twin ${Date.now()}`;

    await context.setOffline(true);
    // A lead with a customer's phone (the server will ask about a duplicate)...
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("capture-lead").click();
    await page.getByTestId("lead-person").fill(twin);
    await page.getByTestId("lead-phone").fill(customerPhone);
    await page.getByTestId("save-lead").click();
    // The form gives way to the lead's page once the phone has it (and has tried to send it).
    await page.getByTestId("save-lead").waitFor({ state: "hidden", timeout: 20_000 });
    await page.getByText(twin, { exact: true }).filter({ visible: true }).waitFor({ timeout: 20_000 });
    await page.getByTestId("tab-sync").click();
    await card(`New lead: ${twin}`).waitFor({ timeout: 20_000 });
    // ...a lead the server keeps failing on...
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("tab-leads").click();
    await page.getByTestId("capture-lead").click();
    await page.getByTestId("lead-person").fill(stuck);
    await page.getByTestId("save-lead").click();
    await page.getByTestId("save-lead").waitFor({ state: "hidden", timeout: 20_000 });
    await page.getByText(stuck, { exact: true }).filter({ visible: true }).waitFor({ timeout: 20_000 });
    await page.getByTestId("tab-sync").click();
    await card(`New lead: ${stuck}`).waitFor({ timeout: 20_000 });
    // ...and a stage move on a deal someone closes on the web meanwhile.
    await page.getByTestId("tab-pipeline").click();
    await page.getByTestId("tab-pipeline").click();
    await page.getByTestId(`deal-${deal.id}`).click();
    await page.getByTestId("deal-stage").waitFor({ timeout: 20_000 });
    await page.getByTestId(`move-to-${target.id}`).click();
    await page.getByTestId("confirm-move").click();
    await page.getByTestId("confirm-move").waitFor({ state: "hidden", timeout: 20_000 });
    await page.getByTestId(`stage-${target.id}`).filter({ visible: true }).waitFor({ timeout: 20_000 });
    await page.getByTestId("tab-sync").click();
    await card(`Move "${deal.title}"`).waitFor({ timeout: 20_000 });
    const closed = await sendAs(api, EMAIL, "POST", `/api/v1/opportunities/${deal.id}/move`, {
      stage_id: lost.id,
      details: { lost_reason: "Budget cut" },
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));

    await page.route("**/api/v1/leads", async (route) => {
      const body = route.request().postData() ?? "";
      if (route.request().method() !== "POST" || !body.includes(stuck)) return route.continue();
      await route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ status: 503, code: "unavailable", title: "Service unavailable" }),
      });
    });
    await context.setOffline(false);
    await page.getByTestId("tab-sync").click();
    // Each Sync now is one more attempt (backed-off retries may add some): five failures set the lead aside.
    const attemptsOf = async () => Number(/(\d+) failed attempt/.exec(await card(`New lead: ${stuck}`).innerText())?.[1] ?? 0);
    for (let round = 0; round < 10 && (await attemptsOf()) < 5; round += 1) {
      const before = await attemptsOf();
      await page.getByTestId("sync-now").click();
      for (let wait = 0; wait < 40 && (await attemptsOf()) <= before; wait += 1) await page.waitForTimeout(250);
    }

    const attention = page.getByTestId("needs-attention");
    await attention.waitFor({ timeout: 20_000 });
    await card(`New lead: ${twin}`).getByText("Refused", { exact: true }).waitFor({ timeout: 20_000 });
    await card(`New lead: ${stuck}`).getByText("Set aside", { exact: true }).waitFor({ timeout: 20_000 });
    await card(`New lead: ${stuck}`).getByText("Set aside after 5 failed attempts (503)").waitFor();
    await card(`Move "${deal.title}"`).getByText("Refused", { exact: true }).waitFor();
    for (const text of [`New lead: ${twin}`, `New lead: ${stuck}`, `Move "${deal.title}"`]) {
      await card(text).locator('[data-testid^="retry-"]').waitFor();
      await card(text).locator('[data-testid^="discard-"]').waitFor();
    }
    await attention.scrollIntoViewIfNeeded();
    await shot("17-sync-needs-attention");

    // The server recovers: Try again sends the set-aside lead, once.
    await page.unroute("**/api/v1/leads");
    await card(`New lead: ${stuck}`).locator('[data-testid^="retry-"]').click();
    await card(`New lead: ${stuck}`).waitFor({ state: "detached", timeout: 30_000 });
    assert.equal((await get(`/api/v1/leads?q=${encodeURIComponent(stuck)}`)).items.length, 1);

    // Discarding the refused move puts the deal back as the server has it: lost.
    await card(`Move "${deal.title}"`).locator('[data-testid^="discard-"]').click();
    await shot("18-sync-discard-asks");
    await card(`Move "${deal.title}"`).locator('[data-testid^="confirm-discard-"]').click();
    await card(`Move "${deal.title}"`).waitFor({ state: "detached" });
    // Discarding the duplicate drops the lead that only this phone had.
    await card(`New lead: ${twin}`).locator('[data-testid^="discard-"]').click();
    await card(`New lead: ${twin}`).locator('[data-testid^="confirm-discard-"]').click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 20_000 });
    assert.equal((await get(`/api/v1/leads?q=${encodeURIComponent(twin)}`)).items.length, 0);
    await shot("19-sync-resolved");

    await page.goto(`${web.url}/pipeline/${deal.id}`);
    await page.getByTestId("deal-stage").waitFor({ timeout: 20_000 });
    await page.getByText("Lost", { exact: true }).first().waitFor();
    assert.equal(await page.getByTestId("deal-stage").innerText(), lost.name);
    await shot("20-deal-back-as-the-server-has-it");
  });

  await step("builds a quote offline with an estimate, then sees the server's number, totals and approval state", async () => {
    const customers = (await get("/api/v1/customers?limit=100")).items.filter((c) => c.currency === "INR");
    const products = (await get("/api/v1/products?active=true&limit=50")).items.filter((p) => p.currency === "INR");
    assert.ok(customers.length > 0 && products.length > 0, "the demo has INR customers and products");
    const customer = customers[0];
    const product = products[0];
    await page.goto(`${web.url}/quotes`);
    await page.getByTestId("new-quote").waitFor({ timeout: 20_000 });
    await shot("21-quotes");
    await context.setOffline(true);
    await page.getByTestId("new-quote").click();
    await page.getByTestId("customer-picker").fill(customer.name);
    await page.getByTestId(`customer-option-${customer.id}`).click();
    await page.getByTestId("product-search").fill(product.sku);
    await page.getByTestId(`product-option-${product.sku}`).click();
    await page.getByTestId("quote-line-0-quantity").fill("3");
    // Above the engineer's 10 % limit: the server will send it to the head for approval.
    await page.getByTestId("quote-line-0-discount").fill("15");
    await page.getByTestId("builder-totals-estimate").waitFor();
    const estimate = await page.getByTestId("builder-totals-grand").innerText();
    await page.getByTestId("quote-line-0-price").scrollIntoViewIfNeeded();
    await shot("22-quote-builder-offline");
    await page.getByTestId("submit-quote").click();
    await page.getByTestId("quote-number").waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId("quote-number").innerText(), "New quote (not yet numbered)");
    await page.getByTestId("quote-totals-estimate").waitFor();
    assert.equal(await page.getByTestId("quote-totals-grand").innerText(), estimate);
    await shot("23-quote-saved-offline");
    const quoteId = new URL(page.url()).pathname.split("/").pop();

    await context.setOffline(false);
    // The list's rows stay mounted under the detail screen: read the detail's own fields.
    const numbered = await eventually(async () => (await page.getByTestId("quote-number").innerText()).startsWith("Q/"), 45_000);
    assert.ok(numbered, "the quote got the server's number");
    await page.getByTestId("quote-totals-server").waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId("quote-status").innerText(), "Pending approval");
    const saved = await eventually(async () => (await get(`/api/v1/quotes?q=${encodeURIComponent(customer.name)}`)).items.filter((q) => q.id === quoteId));
    assert.equal(saved.length, 1, "the server has the quote once");
    const server = await get(`/api/v1/quotes/${quoteId}`);
    assert.equal(server.status, "pending_approval");
    assert.equal(await page.getByTestId("quote-number").innerText(), server.display_number);
    assert.equal(await page.getByTestId("quote-totals-grand").innerText(), formatMoney(server.grand_total, "INR"));
    // The phone's estimate was the server's figure for the same lines.
    assert.equal(estimate, formatMoney(server.grand_total, "INR"));
    await shot("24-quote-synced");
    await page.getByTestId("tab-quotes").click();
    await page.getByTestId(`quote-${quoteId}`).waitFor({ timeout: 20_000 });
    await shot("25-quotes-list-synced");
  });

  const { visit } = await fieldSteps({ page, context, api, web, email: EMAIL, get, step, shot, eventually });

  await acceptSteps({ page, context, api, web, email: EMAIL, get, step, shot, eventually, position: PHONE_POSITION });

  await conflictSteps({ page, context, api, web, email: EMAIL, get, step, shot });

  await tabsSteps({ page, context, web, get, step, shot, pageErrors: consoleErrors });

  await fileSteps({ page, context, api, web, email: EMAIL, get, step, shot, eventually, visit });

  await step("no uncaught errors in the page", async () => {
    assert.deepEqual(consoleErrors, []);
  });
} finally {
  await browser.close();
  await web.stop();
  await api.stop();
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
}
