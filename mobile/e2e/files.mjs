// Photos and receipts in the smoke test: a second photo added offline to the visit
// report filed earlier (with one taken in its form), and an expense report made
// offline (a food line above the policy's daily limit with its receipt photo, a
// mileage line priced from the policy, the submit); back online, the server has each once, the files' bytes as taken, the
// receipt before the submit locked the report, and the phone shows the server's flag.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";

import { formatMoney, PASSWORD } from "./support/harness.mjs";
import { RECEIPT, SITE_PHOTO, takePhoto } from "./support/photos.mjs";

/** A file's bytes as the API serves them to the engineer. */
async function download(api, email, pathname) {
  const login = await fetch(`${api.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const response = await fetch(`${api.url}${pathname}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
}

export async function fileSteps({ page, context, api, web, email, get, step, shot, eventually, visit }) {
  const before = await get(`/api/v1/visits/${visit.id}/report`);
  assert.equal(before.photos.length, 1, "the photo taken in the report's form is on the server");

  await step("adds a photo to the filed visit report offline: its thumbnail at once, pending", async () => {
    await page.goto(`${web.url}/field/visits/${visit.id}`);
    await page.getByTestId("visit-report").waitFor({ timeout: 30_000 });
    await page.locator(`[data-testid="file-image-${before.photos[0].id}"]`).waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    await takePhoto(page, "report-add-photo-camera", RECEIPT);
    const thumbnails = page.locator('[data-testid="report-photos"] [data-testid^="file-image-"]');
    await thumbnails.nth(1).waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="report-photos"] [data-testid^="pending-"]').waitFor();
    await page.getByTestId("report-photos").scrollIntoViewIfNeeded();
    await shot("40-report-photo-offline");
  });

  await step("back online, the photo reaches the server once and its bytes download as taken", async () => {
    await context.setOffline(false);
    await page.locator('[data-testid="report-photos"] [data-testid^="pending-"]').waitFor({ state: "detached", timeout: 45_000 });
    const report = await eventually(async () => {
      const current = await get(`/api/v1/visits/${visit.id}/report`);
      return current.photos.length > 1 ? current : null;
    });
    assert.equal(report?.photos.length, 2, "the report has its two photos, once each");
    const [first, photo] = report.photos;
    assert.equal(first.id, before.photos[0].id);
    assert.ok((await download(api, email, first.url)).bytes.equals(readFileSync(SITE_PHOTO)), "the form's photo as taken");
    assert.equal(photo.content_type, "image/jpeg");
    const content = await download(api, email, photo.url);
    assert.equal(content.status, 200);
    assert.ok(content.bytes.equals(readFileSync(RECEIPT)), "the server keeps the photo's bytes as taken");
    assert.equal((await download(api, email, photo.thumbnail_url)).status, 200);
    // A fresh start shows the server's thumbnail (the phone dropped its own copy).
    await page.reload();
    await page.locator(`[data-testid="file-image-${photo.id}"]`).waitFor({ timeout: 30_000 });
    await page.getByTestId("report-photos").scrollIntoViewIfNeeded();
    await shot("41-report-photo-synced");
  });

  const title = `Chennai visit ${Date.now()}`;
  await step("lists my expense reports with their status and totals", async () => {
    await page.goto(`${web.url}/`);
    await page.getByTestId("open-expenses").click();
    await page.getByTestId("new-expense-report").waitFor({ timeout: 20_000 });
    await page.locator('[data-testid^="expense-report-"]').first().waitFor({ timeout: 20_000 });
    // Each report's total, summed on the phone from its lines, is the server's.
    for (const report of (await get("/api/v1/expense-reports?limit=200")).items) {
      await page.getByTestId(`expense-report-${report.id}`).waitFor({ timeout: 20_000 });
      assert.equal(await page.getByTestId(`expense-total-${report.id}`).innerText(), formatMoney(report.total, report.currency));
      assert.equal(await page.getByTestId(`expense-status-${report.id}`).innerText(), report.status[0].toUpperCase() + report.status.slice(1));
    }
    await shot("42-expenses");
  });

  await step("makes an expense report offline: a food line with its receipt photo, a mileage line, the submit", async () => {
    await context.setOffline(true);
    await page.getByTestId("new-expense-report").click();
    await page.getByTestId("expense-title").fill(title);
    await page.getByTestId("save-expense-report").click();
    await page.getByTestId("expense-report-detail").waitFor({ timeout: 20_000 });

    await page.getByTestId("line-category-food").click();
    await page.getByTestId("line-amount").fill("1450");
    await page.getByTestId("line-notes").fill("Lunch with the dialysis centre's team");
    await takePhoto(page, "line-receipt-camera", RECEIPT);
    await page.locator('[data-testid="line-receipt-draft"] [data-testid^="file-image-"]').waitFor({ timeout: 20_000 });
    await page.getByTestId("save-expense-line").click();
    await page.locator('[data-testid^="receipts-"] [data-testid^="file-image-"]').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid^="receipts-"]').first().scrollIntoViewIfNeeded();
    await shot("43-expense-line-with-receipt-offline");

    await page.getByTestId("line-category-mileage").click();
    await page.getByTestId("line-vehicle-car").click();
    await page.getByTestId("line-km").fill("42.5");
    await page.getByText("42.5 km × ₹9.00 = ₹382.50 (estimate)").waitFor({ timeout: 20_000 });
    await page.getByTestId("line-use-day-distance").scrollIntoViewIfNeeded();
    await shot("44-mileage-from-the-policy-rate");
    await page.getByTestId("save-expense-line").click();
    await page.getByTestId("expense-report-total").getByText("₹1,832.50").waitFor({ timeout: 20_000 });

    await page.getByTestId("submit-expense-report").click();
    await page.getByTestId("expense-report-status").getByText("Submitted").waitFor({ timeout: 20_000 });
    await page.getByTestId("expense-report-header").scrollIntoViewIfNeeded();
    await shot("45-expense-submitted-offline");
    const server = (await get(`/api/v1/expense-reports?limit=200`)).items.filter((report) => report.title === title);
    assert.equal(server.length, 0, "nothing reached the server while offline");
  });

  await step("back online: one report on the server, submitted, its lines once, the receipt downloadable; the phone shows the flag", async () => {
    await context.setOffline(false);
    const reports = await eventually(async () => {
      const found = (await get(`/api/v1/expense-reports?limit=200`)).items.filter((report) => report.title === title);
      return found.length && found[0].status === "submitted" ? found : null;
    }, 60_000);
    assert.equal(reports?.length, 1, "the server has the report once, submitted");
    const detail = await get(`/api/v1/expense-reports/${reports[0].id}`);
    assert.equal(detail.lines.length, 2);
    const food = detail.lines.find((line) => line.category === "food");
    const mileage = detail.lines.find((line) => line.category === "mileage");
    assert.equal(food.amount, "1450.00");
    assert.equal(food.is_over_limit, true, "food above the daily limit is flagged");
    assert.equal(mileage.amount, "382.50");
    assert.equal(food.receipts.length, 1, "the receipt reached the line before the submit locked it");
    assert.equal(mileage.receipts.length, 0);
    const receipt = await download(api, email, food.receipts[0].url);
    assert.equal(receipt.status, 200);
    assert.equal(receipt.type, "image/jpeg");
    assert.ok(receipt.bytes.equals(readFileSync(RECEIPT)), "the receipt downloads as taken");
    assert.equal(detail.total, "1832.50");

    await page.locator(`[data-testid="over-limit-${food.id}"]`).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="expense-report-detail"] [data-testid^="pending-"]').first().waitFor({ state: "detached", timeout: 30_000 });
    assert.equal(await page.getByTestId("expense-report-total").innerText(), "₹1,832.50");
    await page.getByTestId("expense-over-limit").scrollIntoViewIfNeeded();
    await shot("46-expense-synced-with-the-servers-flag");
    await page.goto(`${web.url}/expenses`);
    await page.getByTestId(`expense-report-${reports[0].id}`).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId(`expense-status-${reports[0].id}`).innerText(), "Submitted");
    await shot("47-expenses-synced");
  });
}
