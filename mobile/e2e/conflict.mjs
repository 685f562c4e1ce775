// Two people edit the same contact: the engineer on the phone, offline, and their
// head through the API meanwhile. Back online the phone's edit is answered 412; the
// record and the sync screen say it needs the engineer's decision, the phone shows
// both values of the field both changed side by side (the fields only one of them
// changed are merged), the engineer keeps their own, and the server ends with it,
// the engineer's other change and the head's, from exactly one more write.
import assert from "node:assert/strict";

import { sendAs } from "./support/harness.mjs";

const HEAD = "head1@example.com";

export async function conflictSteps({ page, context, api, web, email, get, step, shot }) {
  const [customer] = (await get("/api/v1/customers?limit=5&sort=name")).items;
  const made = await sendAs(api, email, "POST", `/api/v1/customers/${customer.id}/contacts`, {
    name: `Meera Iyer ${Date.now()}`,
    title: "Plant manager",
    phone: "+91 98100 11111",
    email: "meera.iyer@example.com",
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const contact = made.body;
  const contactPath = `/api/v1/customers/${customer.id}/contacts/${contact.id}`;
  const MINE = { phone: "+91 98100 22222", title: "Head of maintenance" };
  const THEIRS = { phone: "+91 98100 33333", email: "meera@iyer-plant.example.com" };
  // What the phone's own PATCHes on the contact were answered.
  const answers = [];
  const onResponse = (response) => {
    if (response.request().method() === "PATCH" && new URL(response.url()).pathname === contactPath) answers.push(response.status());
  };
  const card = page.locator(`[data-testid="contact-${contact.id}"]:visible`);
  let headVersion;

  await step("edits a contact's phone and title offline: shown at once, pending", async () => {
    await page.goto(`${web.url}/customers/${customer.id}`);
    await card.waitFor({ timeout: 30_000 });
    page.on("response", onResponse);
    await context.setOffline(true);
    await page.getByTestId(`edit-contact-${contact.id}`).click();
    await page.getByTestId("contact-phone").fill(MINE.phone);
    await page.getByTestId("contact-title").fill(MINE.title);
    await page.getByTestId("save-contact").click();
    await card.getByText(MINE.phone).waitFor({ timeout: 20_000 });
    await card.getByText(MINE.title).waitFor();
    await page.locator(`[data-testid="pending-${contact.id}"]:visible`).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot("36-contact-edited-offline");
  });

  await step("meanwhile the head changes the same phone to another number, and the email", async () => {
    const read = await sendAs(api, HEAD, "GET", contactPath);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal(read.body.version, contact.version, "nobody saved the contact since it was made");
    const saved = await sendAs(api, HEAD, "PATCH", contactPath, THEIRS, { "If-Match": `"${read.body.version}"` });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    headVersion = saved.body.version;
  });

  await step("back online, the phone's edit is answered 412 and the contact needs the engineer's decision", async () => {
    // The sync sends, then pulls: the head's version reaches the phone before anyone looks at the conflict.
    const pulled = page.waitForResponse(
      (response) => new URL(response.url()).pathname === "/api/v1/sync/changes" && answers.length > 0,
      { timeout: 30_000 },
    );
    await context.setOffline(false);
    await page.locator(`[data-testid="decide-${contact.id}"]:visible`).waitFor({ timeout: 30_000 });
    assert.deepEqual(answers, [412], "the stale edit was refused, nothing written");
    const feed = await (await pulled).json();
    assert.ok(
      feed.changes.some((change) => change.id === contact.id && change.version === headVersion),
      "the pull brought the head's version of the contact",
    );
    const server = await get(contactPath);
    assert.equal(server.version, headVersion);
    assert.equal(server.phone, THEIRS.phone);
    assert.equal(server.title, contact.title);
    await card.scrollIntoViewIfNeeded();
    await shot("37-contact-needs-your-decision");
  });

  await step("the sync screen shows both phone numbers side by side; the title is yours and the head's email kept", async () => {
    await page.getByTestId("tab-sync").click();
    const decision = page.locator('[data-testid^="outbox-state-"]:visible', { hasText: "Needs your decision" });
    await decision.waitFor({ timeout: 20_000 });
    const phone = page.locator('[data-testid="conflict-field-phone"]:visible');
    await phone.waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-testid="mine-phone"]:visible').innerText(), MINE.phone);
    assert.equal(await page.locator('[data-testid="theirs-phone"]:visible').innerText(), THEIRS.phone);
    await phone.getByText("Yours", { exact: true }).waitFor();
    await phone.getByText("Saved by someone else", { exact: true }).waitFor();
    // Only the engineer changed the title: it stays theirs without asking.
    assert.equal(await page.locator('[data-testid="mine-title"]:visible').innerText(), MINE.title);
    assert.equal(await selected("choose-title-mine"), true, "the engineer's own title is kept by default");
    // Both changed the phone: no default, and nothing is sent until the engineer chooses.
    assert.equal(await selected("choose-phone-mine"), false);
    assert.equal(await selected("choose-phone-theirs"), false);
    await page.getByText("Choose a value for Phone.").waitFor();
    assert.equal(await page.locator('[data-testid^="resolve-"]:visible').isDisabled(), true);
    // Only the head changed the email: not a question, kept as they saved it.
    assert.equal(await page.locator('[data-testid="conflict-field-email"]').count(), 0);
    assert.equal(await page.locator('[data-testid="kept-email"]:visible').innerText(), `Email: ${THEIRS.email}`);
    await page.locator('[data-testid="needs-attention"]').scrollIntoViewIfNeeded();
    await shot("38-sync-needs-your-decision");
  });

  await step("the engineer keeps their number: the server has it, their title and the head's email, from one write", async () => {
    await page.locator('[data-testid="choose-phone-mine"]:visible').click();
    assert.equal(await selected("choose-phone-mine"), true);
    await page.locator('[data-testid^="resolve-"]:visible').click();
    await page.getByText("Everything is on the server.").waitFor({ timeout: 30_000 });
    assert.deepEqual(answers, [412, 200], "exactly one write applied");
    const server = await get(contactPath);
    assert.equal(server.version, headVersion + 1, "one write after the head's");
    assert.equal(server.phone, MINE.phone);
    assert.equal(server.title, MINE.title);
    assert.equal(server.email, THEIRS.email);
    assert.equal(server.name, contact.name);
    page.off("response", onResponse);

    await page.goto(`${web.url}/customers/${customer.id}`);
    await card.waitFor({ timeout: 30_000 });
    await card.getByText(MINE.phone).waitFor({ timeout: 20_000 });
    await card.getByText(MINE.title).waitFor();
    await card.getByText(THEIRS.email).waitFor();
    assert.equal(await page.locator(`[data-testid="pending-${contact.id}"]:visible`).count(), 0);
    assert.equal(await page.locator(`[data-testid="decide-${contact.id}"]:visible`).count(), 0);
    await card.scrollIntoViewIfNeeded();
    await shot("39-contact-resolved");
  });

  /** A choice chip's state as the page exposes it (a radio's aria-checked or aria-selected). */
  async function selected(testId) {
    const chip = page.locator(`[data-testid="${testId}"]:visible`);
    const state = (await chip.getAttribute("aria-checked")) ?? (await chip.getAttribute("aria-selected"));
    return state === "true";
  }
}
