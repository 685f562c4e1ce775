/**
 * Quotes on the phone: the engineer's own quotes (with lines and approval state) from
 * the change feed, a quote built offline with its estimate, and the create and submit
 * writes. The server alone prices a quote: a quote made on the phone shows the
 * phone's estimate (`estimated`) until the server's answer replaces it.
 */
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

import type { Estimate } from "./pricing";

export type Quote = components["schemas"]["QuoteRead"];
export type QuoteLine = components["schemas"]["QuoteLineRead"];
export type QuoteInput = components["schemas"]["QuoteCreate"];
export type QuoteStatus = Quote["status"];

/** A quote as the phone keeps it: the server's read, or the phone's own draft of it. */
export type LocalQuote = Quote & {
  /** Made on the phone and not yet answered by the server: the amounts are the phone's estimate. */
  estimated?: boolean;
  /** Submitted on the phone; the server decides approved or pending approval. */
  submit_queued?: boolean;
  /** Marked sent on the phone, not yet answered. */
  send_queued?: boolean;
  /** Accepted for the customer on the phone: the server makes the order when the write arrives. */
  accept_queued?: boolean;
};

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  draft: "Draft",
  pending_approval: "Pending approval",
  approved: "Approved",
  sent: "Sent",
  accepted: "Accepted",
  rejected: "Rejected",
  expired: "Expired",
};

export type Tone = "neutral" | "info" | "warning" | "danger" | "success";

export const STATUS_TONES: Record<QuoteStatus, Tone> = {
  draft: "neutral",
  pending_approval: "warning",
  approved: "success",
  sent: "info",
  accepted: "success",
  rejected: "danger",
  expired: "neutral",
};

export const quoteSchema: RecordSchema<LocalQuote> = {
  search: (quote) => [quote.display_number, quote.customer_name].filter(Boolean).join(" "),
  parentId: (quote) => quote.customer_id,
  sortKey: (quote) => quote.created_at,
};

/** Quotes come from the change feed's start on a first sync (with their lines, which the list has not). */
export const quotesSync: SyncedKind<LocalQuote> = { kind: "quotes" };

/** What the list shows as the quote's name: its number once the server gave one. */
export const quoteTitle = (quote: LocalQuote): string => (quote.display_number ? quote.display_number : "New quote (not yet numbered)");

export function createWrite(body: QuoteInput & { id: string }, customerName: string) {
  return {
    kind: "quotes.create",
    label: `New quote: ${customerName}`,
    method: "POST" as const,
    path: "/api/v1/quotes",
    body,
    entityKind: "quotes",
    entityId: body.id,
    scopeIds: [body.customer_id],
  };
}

export function submitWrite(quote: LocalQuote) {
  return {
    kind: "quotes.submit",
    label: `Submit for approval: ${quote.display_number || quote.customer_name || "new quote"}`,
    method: "POST" as const,
    path: `/api/v1/quotes/${quote.id}/submit`,
    body: {},
    entityKind: "quotes",
    entityId: quote.id,
  };
}

/** The server's submit decides between approved and pending approval; until then the phone says it is on its way. */
export function submittedLocally(quote: LocalQuote): LocalQuote {
  return { ...quote, submit_queued: true };
}

export interface DraftLine {
  productId: string;
  description: string;
  unit: string;
  quantity: string;
  unitPrice: string;
  priceSource: string;
  discountPercent: string;
  taxCategoryId: string;
  taxRate: string;
  taxTreatment: string;
  isOptional: boolean;
}

/** The quote as it shows at once on the phone: the lines and the phone's estimate, no number yet. */
export function localQuote({
  id,
  customer,
  lines,
  estimate,
  quoteDate,
  validUntil,
  placeOfSupply,
  location,
  now,
}: {
  id: string;
  customer: { id: string; name: string; territory_id: string | null };
  lines: DraftLine[];
  estimate: Estimate;
  quoteDate: string;
  validUntil: string;
  placeOfSupply: string | null;
  location: { lat: number; lon: number; accuracy_m?: number | null } | null;
  now: string;
}): LocalQuote {
  const currency = estimate.currency;
  const maxDiscount = lines.reduce((max, line) => (Number(line.discountPercent) > Number(max) ? line.discountPercent : max), "0");
  return {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    number: "",
    revision: 0,
    display_number: "",
    is_current: true,
    revised_from_id: null,
    sales_order_id: null,
    customer_id: customer.id,
    customer_name: customer.name,
    contact_id: null,
    opportunity_id: null,
    owner_id: "",
    territory_id: customer.territory_id,
    status: "draft",
    currency,
    quote_date: quoteDate,
    valid_until: validUntil,
    place_of_supply: placeOfSupply,
    supply: estimate.supply,
    subtotal: estimate.subtotal,
    discount_total: estimate.discountTotal,
    taxable_total: estimate.taxableTotal,
    tax_total: estimate.taxTotal,
    grand_total: estimate.grandTotal,
    tax_components: estimate.taxComponents,
    max_discount_percent: maxDiscount,
    needs_approval: false,
    submitted_at: null,
    approved_at: null,
    approved_by_id: null,
    approval_comment: null,
    sent_at: null,
    accepted_at: null,
    rejected_at: null,
    terms: null,
    notes: null,
    tax_breakdown: [],
    accepted_by_id: null,
    rejection_reason: null,
    created_lat: location?.lat ?? null,
    created_lon: location?.lon ?? null,
    created_accuracy_m: location?.accuracy_m ?? null,
    accepted_lat: null,
    accepted_lon: null,
    accepted_accuracy_m: null,
    lines: lines.map((line, index) => {
      const amounts = estimate.lines[index]!;
      return {
        id: `${id}-line-${index + 1}`,
        created_at: now,
        updated_at: now,
        version: 0,
        quote_id: id,
        position: index + 1,
        product_id: line.productId,
        description: line.description,
        quantity: line.quantity,
        unit: line.unit,
        unit_price: line.unitPrice,
        price_source: line.priceSource,
        discount_percent: line.discountPercent,
        tax_category_id: line.taxCategoryId,
        tax_rate: line.taxRate,
        tax_treatment: line.taxTreatment,
        is_optional: line.isOptional,
        is_selected: false,
        currency,
        gross_amount: amounts.grossAmount,
        discount_amount: amounts.discountAmount,
        taxable_amount: amounts.taxableAmount,
        tax_amount: amounts.taxAmount,
        line_total: amounts.lineTotal,
        tax_components: amounts.taxComponents,
      };
    }),
    estimated: true,
  };
}

/** The create's body: the server prices each line from its price list (no unit price is sent). */
export function createBody({
  id,
  customerId,
  lines,
  location,
}: {
  id: string;
  customerId: string;
  lines: Pick<DraftLine, "productId" | "quantity" | "discountPercent" | "isOptional">[];
  location: { lat: number; lon: number; accuracy_m?: number | null } | null;
}): QuoteInput & { id: string } {
  return {
    id,
    customer_id: customerId,
    lines: lines.map((line) => ({
      product_id: line.productId,
      quantity: line.quantity,
      discount_percent: line.discountPercent,
      is_optional: line.isOptional,
    })),
    location,
  };
}
