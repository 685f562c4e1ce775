import { QueryClientProvider } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react-native";
import type { ReactNode } from "react";

import { ProvideServices } from "@/lib/sync/sync-provider";
import type { Transport } from "@/lib/sync/outbox-types";

import { answer } from "../../../../test/fake-server";
import { bengaluru, defaultList, gst18, gst5, pump, valve } from "../../../../test/quote-fixtures";
import { buildServices } from "../../../../test/services";
import { draftLine, todayLocal } from "../api/draft";
import { productSchema, priceListSchema, taxCategorySchema } from "../api/catalogue";
import { quoteSchema, type LocalQuote } from "../api/quotes";
import { useCreateQuote, type PricingData } from "./use-quotes";

jest.mock("expo-location", () => ({
  requestForegroundPermissionsAsync: async () => ({ granted: true }),
  getCurrentPositionAsync: async () => ({ coords: { latitude: 12.97, longitude: 77.59, accuracy: 8 } }),
  Accuracy: { Balanced: 3 },
}));

const schemas = { quotes: quoteSchema, products: productSchema, tax_categories: taxCategorySchema, price_lists: priceListSchema };

/** The fake server answers a quote the way the API does: numbered, priced by the server, approved on submit. */
function quoteServer(inner: Transport): Transport {
  return async (request) => {
    const response = await inner(request);
    if (!request.path.startsWith("/api/v1/quotes") || response.status >= 300) return response;
    const record = response.body as Record<string, unknown>;
    return answer(response.status, {
      ...record,
      number: "Q/2026-27/00001",
      display_number: "Q/2026-27/00001",
      status: record.last_action === "submit" ? "approved" : "draft",
      grand_total: "3446.68",
    });
  };
}

async function setUp() {
  let transport: Transport = async () => {
    throw new Error("not yet");
  };
  const built = await buildServices({ config: { schemas }, transport: (request) => transport(request) });
  transport = quoteServer(built.server.transport);
  const { services, queryClient } = built;
  await services.records.putServer("products", [pump, valve]);
  await services.records.putServer("tax_categories", [gst18, gst5]);
  await services.records.putServer("price_lists", [defaultList]);
  await services.records.putServer("customers", [bengaluru]);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ProvideServices services={services}>{children}</ProvideServices>
    </QueryClientProvider>
  );
  const createQuote = renderHook(() => useCreateQuote(), { wrapper }).result.current;
  return { ...built, createQuote };
}

const pricing: PricingData = {
  products: new Map([pump, valve].map((product) => [product.id, product])),
  categories: new Map([gst18, gst5].map((category) => [category.id, category])),
  lists: [defaultList],
  companyState: "29",
};

function draftLines() {
  const options = { customer: bengaluru, on: todayLocal(), lists: pricing.lists, categories: pricing.categories };
  return [
    draftLine(pump, { ...options, quantity: "3", discountPercent: "5" })!,
    draftLine(valve, { ...options, quantity: "1", isOptional: true })!,
  ];
}

describe("building a quote offline", () => {
  it("shows the quote at once with the phone's estimate, then sends it once although the first answer was lost", async () => {
    const { services, server, createQuote } = await setUp();
    server.network = "offline";

    const { id } = await createQuote({ customer: bengaluru, lines: draftLines(), pricing, submit: true });

    const local = await services.records.get<LocalQuote>("quotes", id);
    expect(local?.isPending).toBe(true);
    expect(local?.data).toMatchObject({
      estimated: true,
      submit_queued: true,
      status: "draft",
      display_number: "",
      grand_total: "3026.70", // 3 x 900 less 5 % plus 18 % GST; the optional valve does not count
      tax_components: [
        { name: "CGST", amount: "230.85" },
        { name: "SGST", amount: "230.85" },
      ],
      created_lat: 12.97,
    });
    expect(local?.data.lines.map((line) => [line.price_source, line.unit_price, line.line_total])).toEqual([
      ["default_list", "900.0000", "3026.70"],
      ["list_price", "250.5000", "263.02"],
    ]);
    expect(services.outbox.getSnapshot().map((item) => item.kind)).toEqual(["quotes.create", "quotes.submit"]);
    const [create] = services.outbox.getSnapshot();
    expect(JSON.parse(create!.body!)).toEqual({
      id,
      customer_id: bengaluru.id,
      lines: [
        { product_id: pump.id, quantity: "3", discount_percent: "5", is_optional: false },
        { product_id: valve.id, quantity: "1", discount_percent: "0", is_optional: true },
      ],
      location: { lat: 12.97, lon: 77.59, accuracy_m: 8 },
    });

    // Back online, the server takes the quote but its answer is lost on the way.
    server.network = "lose-response";
    await services.outbox.flush({ force: true });
    expect(server.countOf("quotes")).toBe(1);
    expect(services.outbox.getSnapshot()).toHaveLength(2);
    expect((await services.records.get<LocalQuote>("quotes", id))?.data.estimated).toBe(true);

    // The retry carries the same key and the same bytes: the server answers its first answer.
    await services.outbox.flush({ force: true });
    const creates = server.received.filter((request) => request.path === "/api/v1/quotes");
    expect(creates).toHaveLength(2);
    expect(creates[1]!.headers["Idempotency-Key"]).toBe(creates[0]!.headers["Idempotency-Key"]);
    expect(creates[1]!.body).toBe(creates[0]!.body);
    expect(server.countOf("quotes")).toBe(1);
    expect(server.received.filter((request) => request.path === `/api/v1/quotes/${id}/submit`)).toHaveLength(1);

    // Nothing waits any more, and the quote is the server's: its number, status and totals.
    expect(services.outbox.getSnapshot()).toEqual([]);
    const synced = await services.records.get<LocalQuote>("quotes", id);
    expect(synced?.isPending).toBe(false);
    expect(synced?.data).toMatchObject({ display_number: "Q/2026-27/00001", status: "approved", grand_total: "3446.68" });
    expect(synced?.data.estimated).toBeUndefined();
    expect(synced?.data.submit_queued).toBeUndefined();
  });
});
