// A quote accepted for the customer in the smoke test: the engineer's quote (made,
// approved and sent through the API), accepted on the phone while offline with an
// optional line, then online: one order on the server, stamped with the phone's
// location, shown on the quote and under its customer.
import assert from "node:assert/strict";

import { formatMoney, sendAs } from "./support/harness.mjs";

export async function acceptSteps({ page, context, api, web, email, get, step, shot, eventually, position }) {
  const customer = (await get("/api/v1/customers?limit=100")).items.find((c) => c.currency === "INR");
  const products = (await get("/api/v1/products?active=true&limit=50")).items.filter((p) => p.currency === "INR");
  assert.ok(customer && products.length > 0, "the engineer has an INR customer and products");
  const optionalProduct = products[1] ?? products[0];
  const made = await sendAs(api, email, "POST", "/api/v1/quotes", {
    customer_id: customer.id,
    lines: [
      { product_id: products[0].id, quantity: "2" },
      { product_id: optionalProduct.id, quantity: "1", is_optional: true },
    ],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const quote = made.body;
  for (const action of ["submit", "send"]) {
    const done = await sendAs(api, email, "POST", `/api/v1/quotes/${quote.id}/${action}`);
    assert.equal(done.status, 200, `${action}: ${JSON.stringify(done.body)}`);
  }
  const ordersOfQuote = async () => (await get(`/api/v1/sales-orders?quote_id=${quote.id}`)).items;

  await step("accepts a sent quote for the customer while offline, ticking an optional line", async () => {
    // A fresh start pulls the quote sent a moment ago from the change feed.
    await page.goto(`${web.url}/quotes/${quote.id}`);
    await page.getByTestId("accept-quote").waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId("quote-status").innerText(), "Sent");
    await context.setOffline(true);
    await page.getByTestId("accept-quote").click();
    const withoutOption = await page.getByTestId("accept-totals-grand").innerText();
    await page.getByTestId("accept-option-2").click();
    const withOption = await page.getByTestId("accept-totals-grand").innerText();
    assert.notEqual(withOption, withoutOption, "the optional line joins the order's total");
    await page.getByTestId("confirm-accept").scrollIntoViewIfNeeded();
    await shot("32-accept-choose-optional-lines");
    await page.getByTestId("confirm-accept").click();
    await page.getByTestId("accept-queued-note").waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId("quote-status").innerText(), "Accepting for the customer");
    assert.equal(await page.getByTestId("quote-totals-grand").innerText(), withOption);
    await page.locator(`[data-testid="pending-${quote.id}"]:visible`).waitFor();
    assert.deepEqual(await ordersOfQuote(), [], "nothing reached the server while offline");
    await shot("33-accepted-offline-pending");
  });

  await step("back online, one order is made and the quote shows its number, status and total", async () => {
    await context.setOffline(false);
    await page.getByTestId("quote-order-card-number").waitFor({ timeout: 45_000 });
    const orders = await ordersOfQuote();
    assert.equal(orders.length, 1, "the server made the order once");
    const [order] = orders;
    assert.equal(await page.getByTestId("quote-order-card-number").innerText(), order.number);
    assert.equal(await page.getByTestId("quote-order-card-status").innerText(), "Draft");
    assert.equal(await page.getByTestId("quote-order-card-total").innerText(), formatMoney(order.grand_total, "INR"));
    assert.equal(await page.getByTestId("quote-status").innerText(), "Accepted");
    const server = await get(`/api/v1/quotes/${quote.id}`);
    assert.equal(server.status, "accepted");
    assert.equal(server.sales_order_id, order.id);
    assert.equal(await page.getByTestId("quote-totals-grand").innerText(), formatMoney(server.grand_total, "INR"));
    // The phone's location stamps the acceptance and the order made from it.
    const detail = await get(`/api/v1/sales-orders/${order.id}`);
    assert.equal(detail.created_lat, position.latitude);
    assert.equal(server.accepted_lon, position.longitude);
    await page.getByTestId("quote-order-card").scrollIntoViewIfNeeded();
    await shot("34-order-on-the-quote");
  });

  await step("the customer's screen lists the order", async () => {
    const [order] = await ordersOfQuote();
    await page.goto(`${web.url}/customers/${customer.id}`);
    await page.getByTestId(`customer-order-${order.id}`).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId(`customer-order-${order.id}-number`).innerText(), order.number);
    await page.getByTestId(`customer-order-${order.id}`).scrollIntoViewIfNeeded();
    await shot("35-customer-orders");
  });
}
