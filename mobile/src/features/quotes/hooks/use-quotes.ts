import { useQuery } from "@tanstack/react-query";

import { currentPosition } from "@/lib/location";
import { pingAtEvent } from "@/lib/location-pings";
import type { LocalRecord } from "@/lib/local-records";
import { newId } from "@/lib/random";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useServices } from "@/lib/sync/sync-provider";

import type { PriceList, Product, TaxCategory } from "../api/catalogue";
import type { PricedCustomer } from "../api/pricing";
import {
  createBody,
  createWrite,
  localQuote,
  submittedLocally,
  submitWrite,
  type DraftLine,
  type LocalQuote,
  type QuoteStatus,
} from "../api/quotes";
import { draftEstimate, todayLocal, validUntilDefault } from "../api/draft";

export type QuoteFilter = "open" | QuoteStatus | "all";

const OPEN: QuoteStatus[] = ["draft", "pending_approval", "approved", "sent"];

/** The current revision of each of my quotes, newest first. */
export function useQuotes(filter: QuoteFilter, q = "") {
  const { records } = useServices();
  return useQuery({
    queryKey: ["quotes", "list", { filter, q }],
    queryFn: async () => {
      const all = (await records.list<LocalQuote>("quotes", { q, descending: true })).filter(({ data }) => data.is_current);
      if (filter === "all") return all;
      if (filter === "open") return all.filter(({ data }) => OPEN.includes(data.status));
      return all.filter(({ data }) => data.status === filter);
    },
  });
}

export function useQuote(quoteId: string) {
  const { records } = useServices();
  return useQuery({ queryKey: ["quotes", "detail", quoteId], queryFn: () => records.get<LocalQuote>("quotes", quoteId) });
}

/** Products still sold, searched on the phone (SKU, name, HSN/SAC). */
export function useProductSearch(q: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["products", "search", q],
    queryFn: () => records.list<Product>("products", { q, limit: 8 }),
    enabled: q.trim().length > 0,
  });
}

export interface PricingData {
  products: Map<string, Product>;
  categories: Map<string, TaxCategory>;
  lists: PriceList[];
  /** The company's GST state (from the tax categories); null before the first sync. */
  companyState: string | null;
}

/** What pricing on the phone needs: the local catalogue. */
export function usePricingData() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["products", "pricing"],
    queryFn: async (): Promise<PricingData> => {
      const [products, categories, lists] = await Promise.all([
        records.list<Product>("products"),
        records.list<TaxCategory>("tax_categories"),
        records.list<PriceList>("price_lists"),
      ]);
      return {
        products: new Map(products.map(({ data }) => [data.id, data])),
        categories: new Map(categories.map(({ data }) => [data.id, data])),
        lists: lists.map(({ data }) => data),
        companyState: categories[0]?.data.company_state_code ?? null,
      };
    },
  });
}

export type QuoteCustomer = PricedCustomer & { name: string; territory_id: string | null };

export function useQuoteCustomer(customerId: string | null) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["customers", "detail", customerId, "for-quote"],
    queryFn: async () => (await records.get<QuoteCustomer>("customers", customerId!))?.data ?? null,
    enabled: customerId !== null,
  });
}

/** Saves a quote built on the phone: it shows at once with its estimate and is sent when the network allows. */
export function useCreateQuote() {
  const services = useServices();
  const { capture } = services;
  return async ({
    customer,
    lines,
    pricing,
    submit,
  }: {
    customer: QuoteCustomer;
    lines: DraftLine[];
    pricing: PricingData;
    submit: boolean;
  }): Promise<{ id: string; item: OutboxItem }> => {
    const id = newId();
    const position = await currentPosition();
    const location = position ? { lat: position.latitude, lon: position.longitude, accuracy_m: position.accuracy } : null;
    const { estimate, placeOfSupply } = draftEstimate(customer, lines, pricing.companyState);
    const now = new Date().toISOString();
    const quoteDate = todayLocal();
    let local = localQuote({
      id,
      customer,
      lines,
      estimate,
      quoteDate,
      validUntil: validUntilDefault(quoteDate),
      placeOfSupply,
      location,
      now,
    });
    const body = createBody({ id, customerId: customer.id, lines, location });
    const item = await capture({ record: { kind: "quotes", data: local }, write: createWrite(body, customer.name) });
    // A key event on duty: a point on the route (never holds up the capture).
    if (position) void pingAtEvent(services, "quote", { latitude: position.latitude, longitude: position.longitude, accuracy: position.accuracy });
    if (submit) {
      local = submittedLocally(local);
      await capture({ record: { kind: "quotes", data: local }, write: submitWrite(local) });
    }
    return { id, item };
  };
}

export function useSubmitQuote() {
  const { capture } = useServices();
  return async (record: LocalRecord<LocalQuote>) => {
    const next = submittedLocally(record.data);
    await capture({ record: { kind: "quotes", data: next }, write: submitWrite(record.data) });
  };
}
