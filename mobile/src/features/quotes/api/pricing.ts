/**
 * Pricing on the phone, for an *estimate* only: the server alone decides a quote's
 * prices and totals (decision 0016), and its answer replaces this once the quote
 * syncs. The rules are the server's, so the estimate matches it when the local copy
 * of the catalogue is current:
 *
 * - which price (decision 0015, `price_lists.service.resolve_price`): among the active
 *   lists in the quote's currency valid on the quote date that apply to the customer
 *   (its own list, a list of one of its segment tags, the default list) and hold a
 *   break at or below the quantity for the product, the customer's own list wins over
 *   its segment's, over the default; within a tier the list that started last (then
 *   the one made last); within the list the highest break. No line anywhere: the
 *   product's own list price when it is in that currency;
 * - amounts (decisions 0004, 0014, `quotes/pricing.py`): per line gross = quantity x
 *   unit price, taxable = that less the discount, each rounded once to the currency's
 *   minor unit half away from zero; each GST component on the taxable amount, rounded
 *   on its own (CGST + SGST at half the rate when the customer's place of supply is
 *   the company's state, else IGST); the totals are sums of the lines that count
 *   (optional lines count only once the customer chose them).
 */
import { minorUnits } from "@/lib/format";
import { add, compare, dec, mul, round, shift, sub, sum, toFixed, toPlain, ZERO, type Dec } from "@/lib/decimal";

import type { PriceList, Product, TaxCategory } from "./catalogue";

export type PriceSource = "customer_list" | "segment_list" | "default_list" | "list_price";

export const SOURCE_LABELS: Record<PriceSource | "manual" | "price_list", string> = {
  customer_list: "Customer's price list",
  segment_list: "Segment price list",
  default_list: "Default price list",
  list_price: "Product list price",
  price_list: "Price list",
  manual: "Set by hand",
};

export interface LocalPrice {
  unitPrice: string;
  source: PriceSource;
  priceListName: string | null;
  minQuantity: string | null;
}

export interface PricedCustomer {
  id: string;
  segment_tags: string[];
  currency: string;
  addresses: { kind: string; state_code?: string | null; country?: string | null }[];
}

const TIERS: Record<PriceList["scope"], number> = { customer: 0, segment: 1, default: 2 };
const SOURCES: Record<PriceList["scope"], PriceSource> = {
  customer: "customer_list",
  segment: "segment_list",
  default: "default_list",
};

function appliesTo(list: PriceList, customer: PricedCustomer, currency: string, on: string): boolean {
  if (!list.is_active || list.currency !== currency) return false;
  if (list.valid_from > on || (list.valid_to !== null && list.valid_to < on)) return false;
  if (list.scope === "default") return true;
  if (list.scope === "customer") return list.customer_id === customer.id;
  return list.segment !== null && customer.segment_tags.includes(list.segment);
}

/** The unit price of `quantity` of a product for a customer on a day (YYYY-MM-DD), and the rule that gave it; null: no price. */
export function resolvePrice(
  { product, customer, quantity, on, currency, lists }: {
    product: Product;
    customer: PricedCustomer;
    quantity: string;
    on: string;
    currency?: string;
    lists: PriceList[];
  },
): LocalPrice | null {
  if (!product.is_active) return null;
  const wanted = currency ?? customer.currency;
  const amount = dec(quantity);
  const candidates = lists
    .filter((list) => appliesTo(list, customer, wanted, on))
    .flatMap((list) =>
      list.lines
        .filter((line) => line.product_id === product.id && compare(dec(line.min_quantity), amount) <= 0)
        .map((line) => ({ list, line })),
    )
    .sort(
      (a, b) =>
        TIERS[a.list.scope] - TIERS[b.list.scope] ||
        b.list.valid_from.localeCompare(a.list.valid_from) ||
        b.list.created_at.localeCompare(a.list.created_at) ||
        a.list.id.localeCompare(b.list.id) ||
        compare(dec(b.line.min_quantity), dec(a.line.min_quantity)),
    );
  const best = candidates[0];
  if (best) {
    return {
      unitPrice: best.line.unit_price,
      source: SOURCES[best.list.scope],
      priceListName: best.list.name,
      minQuantity: best.line.min_quantity,
    };
  }
  if (product.currency !== wanted) return null;
  return { unitPrice: product.list_price, source: "list_price", priceListName: null, minQuantity: null };
}

/** The customer's GST state: its shipping address's, else its billing address's; none outside India. */
export function placeOfSupply(customer: Pick<PricedCustomer, "addresses">): string | null {
  for (const kind of ["shipping", "billing"]) {
    const address = customer.addresses.find((candidate) => candidate.kind === kind);
    if (address?.state_code) return (address.country || "IN") === "IN" ? address.state_code : null;
  }
  return null;
}

export interface EstimateLine {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  category: Pick<TaxCategory, "treatment" | "rate">;
  isOptional: boolean;
}

export interface TaxAmount {
  name: "CGST" | "SGST" | "IGST";
  rate: string;
  amount: string;
}

export interface EstimatedLine {
  grossAmount: string;
  discountAmount: string;
  taxableAmount: string;
  taxAmount: string;
  lineTotal: string;
  taxComponents: TaxAmount[];
}

export interface Estimate {
  currency: string;
  supply: "intra_state" | "inter_state";
  lines: EstimatedLine[];
  subtotal: string;
  discountTotal: string;
  taxableTotal: string;
  taxTotal: string;
  grandTotal: string;
  taxComponents: { name: TaxAmount["name"]; amount: string }[];
}

const HUNDRED = dec("100");
const COMPONENT_ORDER: TaxAmount["name"][] = ["CGST", "SGST", "IGST"];

interface Priced {
  gross: Dec;
  taxable: Dec;
  components: { name: TaxAmount["name"]; rate: Dec; amount: Dec }[];
}

function priceLine(line: EstimateLine, places: number, intraState: boolean): Priced {
  const base = mul(dec(line.quantity), dec(line.unitPrice));
  const gross = round(base, places);
  const taxable = round(shift(mul(base, sub(HUNDRED, dec(line.discountPercent))), 2), places);
  const rate = dec(line.category.rate);
  const component = (name: TaxAmount["name"], percent: Dec) => ({
    name,
    rate: percent,
    amount: round(shift(mul(taxable, percent), 2), places),
  });
  if (line.category.treatment === "exempt") return { gross, taxable, components: [] };
  if (line.category.treatment === "zero_rated") return { gross, taxable, components: [component("IGST", ZERO)] };
  if (intraState) {
    const half = shift(mul(rate, dec("5")), 1);
    return { gross, taxable, components: [component("CGST", half), component("SGST", half)] };
  }
  return { gross, taxable, components: [component("IGST", rate)] };
}

/** The quote's amounts as the server will compute them from these lines. */
export function estimateQuote(
  lines: EstimateLine[],
  { currency, placeOfSupply: state, companyState }: { currency: string; placeOfSupply: string | null; companyState: string },
): Estimate {
  const places = minorUnits(currency);
  const intraState = state !== null && state === companyState;
  const money = (value: Dec) => toFixed(value, places);
  const priced = lines.map((line) => priceLine(line, places, intraState));
  const counted = priced.filter((_, index) => !lines[index]!.isOptional);
  const byComponent = new Map<TaxAmount["name"], Dec>();
  for (const line of counted) {
    for (const c of line.components) byComponent.set(c.name, add(byComponent.get(c.name) ?? ZERO, c.amount));
  }
  const taxComponents = COMPONENT_ORDER.filter((name) => byComponent.has(name)).map((name) => ({
    name,
    amount: money(byComponent.get(name)!),
  }));
  const taxable = sum(counted.map((line) => line.taxable));
  const tax = sum([...byComponent.values()]);
  return {
    currency,
    supply: intraState ? "intra_state" : "inter_state",
    lines: priced.map((line) => {
      const taxAmount = sum(line.components.map((c) => c.amount));
      return {
        grossAmount: money(line.gross),
        discountAmount: money(sub(line.gross, line.taxable)),
        taxableAmount: money(line.taxable),
        taxAmount: money(taxAmount),
        lineTotal: money(add(line.taxable, taxAmount)),
        taxComponents: line.components.map((c) => ({ name: c.name, rate: toPlain(c.rate), amount: money(c.amount) })),
      };
    }),
    subtotal: money(sum(counted.map((line) => line.gross))),
    discountTotal: money(sum(counted.map((line) => sub(line.gross, line.taxable)))),
    taxableTotal: money(taxable),
    taxTotal: money(tax),
    grandTotal: money(add(taxable, tax)),
    taxComponents,
  };
}
