// The field day in the smoke test: start duty, check in to a planned visit (seeded
// through the API as a head or the engineer would plan it), file the visit report
// offline with a photo from the camera, come back online and see it synced once, then add a to-do.
import assert from "node:assert/strict";

import { sendAs } from "./support/harness.mjs";
import { SITE_PHOTO, takePhoto } from "./support/photos.mjs";

/** The phone's local date (the browser and this process both run in the company's zone: support/company-zone.mjs). */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function fieldSteps({ page, context, api, web, email, get, step, shot, eventually }) {
  const customers = (await get("/api/v1/customers?limit=50&sort=name")).items;
  const customer = customers.find((c) => c.addresses.some((a) => a.latitude !== null)) ?? customers[0];
  assert.ok(customer, "the engineer sees a customer to visit");
  const planned = await sendAs(api, email, "POST", "/api/v1/visits", {
    customer_id: customer.id,
    planned_date: today(),
    purpose: "Quarterly review",
  });
  assert.equal(planned.status, 201, JSON.stringify(planned.body));
  const visit = planned.body;

  await step("starts duty from my day with the phone's location and an odometer reading", async () => {
    // A fresh start pulls the visit planned a moment ago from the change feed.
    await page.goto(`${web.url}/`);
    await page.getByTestId(`visit-${visit.id}`).waitFor({ timeout: 30_000 });
    await page.getByTestId("duty-odometer").fill("12345.5");
    await page.getByTestId("start-duty").click();
    await page.getByText("On duty since").waitFor({ timeout: 20_000 });
    await page.getByTestId("end-duty").waitFor();
    const days = await eventually(async () => {
      const open = (await get("/api/v1/duty-days?is_open=true")).items;
      return open.length ? open : null;
    });
    assert.equal(days?.length, 1, "one open duty day on the server");
    assert.equal(Number(days[0].start_odometer_km), 12345.5);
    await page.getByText("Synced").first().waitFor();
    // The button is back from its busy state (the start's own ping is stored too).
    await page.getByText("End duty").waitFor();
    await shot("26-duty-started");
  });

  await step("checks in to the planned visit, seeing the distance to the customer", async () => {
    await page.getByTestId(`visit-${visit.id}`).click();
    await page.getByTestId("check-in").waitFor({ timeout: 20_000 });
    await page.getByTestId("visit-distance").waitFor({ timeout: 20_000 });
    await shot("27-visit-before-check-in");
    await page.getByTestId("check-in").click();
    await page.getByTestId("check-out").waitFor({ timeout: 20_000 });
    const server = await eventually(async () => {
      const current = await get(`/api/v1/visits/${visit.id}`);
      return current.status === "checked_in" ? current : null;
    });
    assert.ok(server, "the server has the check-in");
    await page.getByTestId("report-outcome").waitFor();
    await shot("28-visit-checked-in");
  });

  const outcome = `Agreed a trial order ${Date.now()}`;
  await step("files the visit report offline: shown at once, pending", async () => {
    await context.setOffline(true);
    await page.getByTestId("report-outcome").fill(outcome);
    await page.getByTestId("report-contacts").fill("R. Mehta\nS. Iyer");
    await page.getByTestId("report-products").fill("Dialysis kit");
    await page.getByTestId("report-next-steps").fill("Send the price list");
    await page.getByTestId("report-follow-up").fill("Send price list to R. Mehta");
    // A photo from the camera, shown in the form at once.
    await takePhoto(page, "report-photo-camera", SITE_PHOTO);
    await page.locator('[data-testid="report-form-photos"] [data-testid^="file-image-"]').waitFor({ timeout: 20_000 });
    await page.getByTestId("save-report").click();
    await page.getByTestId("visit-report").waitFor({ timeout: 20_000 });
    await page.getByTestId("visit-report").getByText(outcome).waitFor();
    await page.locator('[data-testid="visit-report"] [data-testid^="pending-"]').first().waitFor();
    await page.locator('[data-testid="report-photos"] [data-testid^="file-image-"]').waitFor();
    await page.getByTestId("visit-report").scrollIntoViewIfNeeded();
    await shot("29-report-offline");
  });

  await step("back online, the report reaches the server once, with its follow-up to-do", async () => {
    await context.setOffline(false);
    await page.locator('[data-testid="visit-report"] [data-testid^="pending-"]').first().waitFor({ state: "detached", timeout: 45_000 });
    const report = await eventually(async () => {
      const current = await get(`/api/v1/visits/${visit.id}/report`);
      return current.photos.length ? current : null;
    });
    assert.equal(report?.photos.length, 1, "the report's photo reached the server once");
    assert.equal(report.outcome, outcome);
    assert.deepEqual(
      report.contacts_met.map((contact) => contact.name),
      ["R. Mehta", "S. Iyer"],
    );
    assert.ok(report.follow_up_todo_id, "the follow-up to-do was made");
    await shot("30-report-synced");
  });

  const title = `Call the lab ${Date.now()}`;
  await step("adds a to-do; the follow-up from the report is on the list too", async () => {
    await page.goto(`${web.url}/field/todos`);
    await page.getByTestId("todo-new-title").waitFor({ timeout: 20_000 });
    await page.getByText("Send price list to R. Mehta").waitFor({ timeout: 30_000 });
    await page.getByTestId("todo-new-title").fill(title);
    await page.getByTestId("todo-add").click();
    await page.getByText(title).waitFor();
    const saved = await eventually(async () => {
      const items = (await get("/api/v1/todos?limit=100")).items.filter((todo) => todo.title === title);
      return items.length ? items : null;
    });
    assert.equal(saved?.length, 1, "the server has the to-do once");
    await page.locator(`[data-testid="todo-${saved[0].id}"] [data-testid^="pending-"]`).waitFor({ state: "detached", timeout: 20_000 });
    await shot("31-todos");
  });

  return { visit };
}
