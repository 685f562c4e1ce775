// In a browser the app's data lives in files only one page may hold at a time (a
// page holds the database's Web Lock while it has them). A second tab opened
// meanwhile says so and offers Try again (it does not spin for ever); and a page
// that is reloaded or navigated waits for the page it replaces to let go of the
// data, then opens with it (before, it could catch the old page
// still holding it and never open: the smoke test's reload after the conflict
// failed that way, now and then, on a busy machine).
import assert from "node:assert/strict";

// The Web Lock a page holds while its database is open (src/lib/db-access.web.ts).
const DATABASE_LOCK = "sales-field-database";

export async function tabsSteps({ page, context, web, get, step, shot, pageErrors }) {
  const [customer] = (await get("/api/v1/customers?limit=5&sort=name")).items;
  const customerUrl = `${web.url}/customers/${customer.id}`;
  const onCustomer = (tab) => tab.getByTestId("add-contact").waitFor({ timeout: 30_000 });
  const second = await context.newPage();
  second.on("pageerror", (error) => pageErrors.push(`second tab: ${error}`));

  try {
    await step("opened in a second tab while the first holds the data, the app says so and offers Try again", async () => {
      await page.goto(customerUrl);
      await onCustomer(page);
      await second.goto(customerUrl);
      // The second tab waits for the data a while (a closing page lets go within moments), then says why.
      await second.getByTestId("cannot-start").waitFor({ timeout: 60_000 });
      await second.getByText("The app is open in another tab or window").waitFor();
      assert.equal(await second.getByTestId("add-contact").count(), 0);
      await shot("39a-second-tab-cannot-open", second);
    });

    await step("once the first tab lets go, Try again opens the app there with the engineer's data", async () => {
      await page.goto("about:blank");
      await second.getByTestId("start-again").click();
      await onCustomer(second);
      await second.getByText(customer.name).filter({ visible: true }).first().waitFor();
    });

    await step("a page loaded while another still holds the data waits for it, then opens", async () => {
      await page.goto(customerUrl);
      // The second tab still holds the data: the first waits for its lock, opening, not failing.
      await page.waitForFunction(
        async (name) => (await navigator.locks.query()).pending.some((lock) => lock.name === name),
        DATABASE_LOCK,
        { timeout: 10_000 },
      );
      await page.getByTestId("app-loading").waitFor();
      assert.equal(await page.getByTestId("add-contact").count(), 0);
      assert.equal(await page.getByTestId("cannot-start").count(), 0);
      await second.close();
      await onCustomer(page);
      await page.getByText(customer.name).filter({ visible: true }).first().waitFor();
    });
  } finally {
    if (!second.isClosed()) await second.close();
  }
}
