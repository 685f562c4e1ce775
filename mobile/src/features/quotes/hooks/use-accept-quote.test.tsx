import { QueryClientProvider } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react-native";
import type { ReactNode } from "react";

import type { components } from "@/lib/api/schema.gen";
import { syncConfig } from "@/sync-config";
import type { OutboxRequest, OutboxResponse } from "@/lib/sync/outbox-types";
import { ProvideServices } from "@/lib/sync/sync-provider";

import { FakeApi } from "../../../../test/fake-api";
import { answer } from "../../../../test/fake-server";
import { bengaluru, serverQuote } from "../../../../test/quote-fixtures";
import { buildServices } from "../../../../test/services";
import type { LocalQuote } from "../api/quotes";
import { useAcceptQuote } from "./use-accept-quote";

jest.mock("expo-location", () => ({
  requestForegroundPermissionsAsync: async () => ({ granted: true }),
  getCurrentPositionAsync: async () => ({ coords: { latitude: 12.97, longitude: 77.59, accuracy: 8 } }),
  Accuracy: { Balanced: 3 },
}));

type SalesOrder = components["schemas"]["SalesOrderSummaryRead"];

/** The app's own handling of quotes and orders (how they are kept, listed and pulled). */
const config = {
  schemas: { quotes: syncConfig.schemas.quotes, sales_orders: syncConfig.schemas.sales_orders },
  kinds: syncConfig.kinds.filter((kind) => kind.kind === "quotes" || kind.kind === "sales_orders"),
};

const QUOTE_ID = "0193a000-0000-7000-8000-00000000q001";
const valveLineId = `${QUOTE_ID}-line-2`;

/**
 * The API as far as an acceptance goes: each time it applies one (never on a replay of
 * its Idempotency-Key), it makes an order, answers the accepted quote and puts both in
 * the change feed. It does not refuse a second acceptance itself: every order it makes
 * is counted, so a second one would show.
 */
async function setUp(status: LocalQuote["status"]) {
  const api = new FakeApi();
  api.lists.set("/api/v1/sales-orders", []);
  const built = await buildServices({
    fetcher: api.fetch as typeof fetch,
    config,
  });
  const { services, server, queryClient } = built;
  const quote = serverQuote(QUOTE_ID, status);
  server.records.set(quote.id, { ...quote, kind: "quotes" });
  api.upsert("quotes", quote);
  const orders: SalesOrder[] = [];
  server.onApply = (request: OutboxRequest, response: OutboxResponse) => {
    if (request.path.endsWith("/send")) return answer(200, { ...quote, status: "sent", version: 4 });
    if (!request.path.endsWith("/accept")) return response;
    const body = JSON.parse(request.body!) as { chosen_optional_line_ids: string[]; location: { lat: number; lon: number } | null };
    const order = {
      id: `0193a000-0000-7000-8000-0000000005${String(orders.length + 1).padStart(2, "0")}`,
      number: `SO/2026-27/0004${orders.length + 1}`,
      status: "draft",
      quote_id: quote.id,
      customer_id: quote.customer_id,
      customer_name: quote.customer_name,
      currency: "INR",
      grand_total: "3289.72",
      order_date: "2026-06-02",
      created_at: "2026-06-02T10:00:00Z",
      version: 1,
    } as SalesOrder;
    orders.push(order);
    const accepted = {
      ...quote,
      status: "accepted" as const,
      version: 5,
      sales_order_id: order.id,
      grand_total: "3289.72",
      accepted_at: "2026-06-02T10:00:00Z",
      accepted_lat: body.location?.lat ?? null,
      lines: quote.lines.map((line) => ({ ...line, is_selected: body.chosen_optional_line_ids.includes(line.id) })),
    };
    api.upsert("quotes", accepted);
    api.upsert("sales_orders", order);
    return answer(200, accepted);
  };
  // The phone's first sync brings the quote.
  await services.engine.sync();
  expect(services.engine.getStatus().pullErrors).toEqual([]);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ProvideServices services={services}>{children}</ProvideServices>
    </QueryClientProvider>
  );
  const accept = renderHook(() => useAcceptQuote(), { wrapper }).result.current;
  const record = (await services.records.get<LocalQuote>("quotes", QUOTE_ID))!;
  const acceptsSent = () => server.received.filter((request) => request.path === `/api/v1/quotes/${QUOTE_ID}/accept`);
  return { ...built, api, orders, accept, record, acceptsSent };
}

describe("accepting a quote for the customer", () => {
  it("is queued once offline, sent once online although the first answer was lost, and the order arrives with the pull", async () => {
    const { services, server, orders, accept, record, acceptsSent } = await setUp("sent");
    server.network = "offline";

    await accept(record, [valveLineId]);

    // At once on the phone: accepted here, with the valve and its total, pending.
    const local = await services.records.get<LocalQuote>("quotes", QUOTE_ID);
    expect(local?.isPending).toBe(true);
    expect(local?.data).toMatchObject({
      status: "sent",
      accept_queued: true,
      grand_total: "3289.72", // 3026.70 for the pumps + 263.02 for the valve
      tax_components: [
        { name: "CGST", amount: "237.11" },
        { name: "SGST", amount: "237.11" },
      ],
      accepted_lat: 12.97,
      accepted_accuracy_m: 8,
    });
    expect(local?.data.lines.map((line) => line.is_selected)).toEqual([false, true]);
    const queued = services.outbox.getSnapshot();
    expect(queued.map((item) => item.kind)).toEqual(["quotes.accept"]);
    expect(JSON.parse(queued[0]!.body!)).toEqual({
      chosen_optional_line_ids: [valveLineId],
      location: { lat: 12.97, lon: 77.59, accuracy_m: 8 },
    });
    await services.outbox.flush({ force: true });
    expect(acceptsSent()).toHaveLength(0);

    // Back online: the server makes the order, but its answer is lost on the way.
    server.network = "lose-response";
    await services.outbox.flush({ force: true });
    expect(orders).toHaveLength(1);
    expect(services.outbox.getSnapshot()).toHaveLength(1);
    expect((await services.records.get<LocalQuote>("quotes", QUOTE_ID))?.data.accept_queued).toBe(true);

    // The retry is the same request: the server answers its first answer, no second order.
    await services.outbox.flush({ force: true });
    expect(acceptsSent()).toHaveLength(2);
    expect(acceptsSent()[1]!.headers["Idempotency-Key"]).toBe(acceptsSent()[0]!.headers["Idempotency-Key"]);
    expect(acceptsSent()[1]!.body).toBe(acceptsSent()[0]!.body);
    expect(orders).toHaveLength(1);
    expect(services.outbox.getSnapshot()).toEqual([]);

    // The pull brings the order; the quote is the server's, accepted, joined to it.
    await services.engine.sync({ force: true });
    const synced = await services.records.get<LocalQuote>("quotes", QUOTE_ID);
    expect(synced?.isPending).toBe(false);
    expect(synced?.data).toMatchObject({ status: "accepted", sales_order_id: orders[0]!.id, grand_total: "3289.72" });
    expect(synced?.data.accept_queued).toBeUndefined();
    const order = await services.records.get<SalesOrder>("sales_orders", orders[0]!.id);
    expect(order?.data).toMatchObject({ number: "SO/2026-27/00041", status: "draft", grand_total: "3289.72", quote_id: QUOTE_ID });
    const customerOrders = await services.records.list<SalesOrder>("sales_orders", { parentId: bengaluru.id });
    expect(customerOrders.map(({ data }) => data.number)).toEqual(["SO/2026-27/00041"]);

    // Later syncs send nothing more.
    await services.engine.sync({ force: true });
    expect(acceptsSent()).toHaveLength(2);
    expect(orders).toHaveLength(1);
  });

  it("marks an approved quote sent first, and the acceptance waits behind a refused send", async () => {
    const { services, server, orders, accept, record, acceptsSent } = await setUp("approved");
    const sendPath = `/api/v1/quotes/${QUOTE_ID}/send`;
    server.broken.set(sendPath, 409);

    await accept(record, []);

    expect(services.outbox.getSnapshot().map((item) => item.kind)).toEqual(["quotes.send", "quotes.accept"]);
    const local = await services.records.get<LocalQuote>("quotes", QUOTE_ID);
    expect(local?.data).toMatchObject({ send_queued: true, accept_queued: true, grand_total: "3026.70" });
    await services.outbox.flush({ force: true });
    const [send, waiting] = services.outbox.getSnapshot();
    expect(send).toMatchObject({ kind: "quotes.send", status: "failed" });
    expect(waiting).toMatchObject({ kind: "quotes.accept", status: "pending", tries: 0 });
    expect(acceptsSent()).toHaveLength(0);
    expect(orders).toHaveLength(0);

    // Once the send goes through, the acceptance follows it, once.
    server.broken.delete(sendPath);
    await services.outbox.retry(send!.id);
    await services.outbox.flush({ force: true });
    expect(server.received.map((request) => request.path.split("/").pop())).toEqual(["send", "send", "accept"]);
    expect(services.outbox.getSnapshot()).toEqual([]);
    expect(orders).toHaveLength(1);
    expect(JSON.parse(acceptsSent()[0]!.body!)).toEqual({
      chosen_optional_line_ids: [],
      location: { lat: 12.97, lon: 77.59, accuracy_m: 8 },
    });
  });
});
