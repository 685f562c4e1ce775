/**
 * A small catalogue mirroring the backend's quote tests (backend/tests/quotes/
 * test_router.py): a pump at 18 % priced by a default list (900, 850 from 10), a valve
 * at 5 % with list price 250.50, a Karnataka customer (the company's state, 29) and a
 * Delhi one (07). The server's answers for those lines are the expected estimates.
 */
import type { PriceList, Product, TaxCategory } from "@/features/quotes/api/catalogue";
import { draftEstimate, draftLine, todayLocal, validUntilDefault } from "@/features/quotes/api/draft";
import { localQuote, type LocalQuote } from "@/features/quotes/api/quotes";
import type { QuoteCustomer } from "@/features/quotes/hooks/use-quotes";

const stamp = { created_at: "2026-04-01T00:00:00Z", updated_at: "2026-04-01T00:00:00Z", version: 1 };

export const gst18: TaxCategory = {
  ...stamp,
  id: "tax-18",
  code: "GST18",
  name: "GST 18%",
  description: null,
  treatment: "taxable",
  rate: "18",
  is_active: true,
  company_state_code: "29",
};
export const gst5: TaxCategory = { ...gst18, id: "tax-5", code: "GST5", name: "GST 5%", rate: "5" };

const product = (id: string, sku: string, name: string, category: TaxCategory, listPrice: string): Product => ({
  ...stamp,
  id,
  sku,
  name,
  description: null,
  group_id: null,
  unit: "nos",
  kind: "goods",
  supply_method: "purchase",
  reorder_level: null,
  hsn_sac_code: "8413",
  tax_category_id: category.id,
  list_price: listPrice,
  currency: "INR",
  cost: null,
  is_active: true,
  external_id: null,
});

export const pump = product("product-pump", "PMP-100", "Pump", gst18, "1000.0000");
export const valve = product("product-valve", "VLV-200", "Valve", gst5, "250.5000");

export function priceList(overrides: Partial<PriceList> & Pick<PriceList, "id" | "lines">): PriceList {
  return {
    ...stamp,
    name: `List ${overrides.id}`,
    currency: "INR",
    valid_from: "2026-04-01",
    valid_to: null,
    scope: "default",
    segment: null,
    customer_id: null,
    is_active: true,
    notes: null,
    external_id: null,
    ...overrides,
  };
}

export const line = (listId: string, item: Product, minQuantity: string, unitPrice: string) => ({
  ...stamp,
  id: `${listId}-${item.id}-${minQuantity}`,
  price_list_id: listId,
  product_id: item.id,
  min_quantity: minQuantity,
  unit_price: unitPrice,
});

export const defaultList = priceList({
  id: "default",
  name: "Standard 2026-27",
  lines: [line("default", pump, "1", "900.0000"), line("default", pump, "10", "850.0000")],
});

const customer = (id: string, name: string, state: string): QuoteCustomer => ({
  id,
  name,
  territory_id: null,
  segment_tags: [],
  currency: "INR",
  addresses: [{ kind: "billing", state_code: state, country: "IN" }],
});

export const bengaluru = customer("customer-blr", "Bengaluru Pumps", "29");
export const delhi = customer("customer-del", "Delhi Works", "07");

/**
 * A quote as the server holds it (numbered, not an estimate) for Bengaluru Pumps:
 * 3 pumps at 900 less 5 % (3026.70 with GST) and one valve the customer may take
 * (263.02). Its lines' ids are `${id}-line-1` and `${id}-line-2`.
 */
export function serverQuote(id: string, status: LocalQuote["status"]): LocalQuote {
  const categories = new Map([gst18, gst5].map((category) => [category.id, category]));
  const options = { customer: bengaluru, on: todayLocal(), lists: [defaultList], categories };
  const lines = [
    draftLine(pump, { ...options, quantity: "3", discountPercent: "5" })!,
    draftLine(valve, { ...options, quantity: "1", isOptional: true })!,
  ];
  const { estimate, placeOfSupply } = draftEstimate(bengaluru, lines, "29");
  const quoteDate = todayLocal();
  const { estimated: _estimate, ...quote } = localQuote({
    id,
    customer: bengaluru,
    lines,
    estimate,
    quoteDate,
    validUntil: validUntilDefault(quoteDate),
    placeOfSupply,
    location: null,
    now: "2026-06-01T09:00:00Z",
  });
  return { ...quote, status, version: 3, number: "Q/2026-27/00007", display_number: "Q/2026-27/00007" };
}
