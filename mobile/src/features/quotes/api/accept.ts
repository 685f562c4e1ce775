/**
 * Accepting a quote for the customer on the phone (issue 12): the engineer ticks the
 * optional lines the customer takes and the phone queues
 * `POST /quotes/{id}/accept` with them and its location. The server makes the sales
 * order in the same request and stamps quote and order with that location. The write
 * goes through the outbox like every other one: queued offline, sent once with its
 * Idempotency-Key, and a retry after a lost answer replays the first answer (the
 * server also answers a second acceptance with the same choice with the same order).
 * An approved quote not yet sent is marked sent first, by a write queued ahead of it.
 */
import type { components } from "@/lib/api/schema.gen";
import { dec, sum, toFixed } from "@/lib/decimal";
import { minorUnits } from "@/lib/format";

import type { LocalQuote, QuoteLine } from "./quotes";

export type PhoneLocation = components["schemas"]["Location"];
type QuoteAccept = components["schemas"]["QuoteAccept"];

/** Why the phone offers no acceptance, or null when it does. */
export function acceptBlocker(quote: LocalQuote, today: string): string | null {
  if (!quote.is_current) return "An earlier revision: accept the current one.";
  if (quote.accept_queued || quote.status === "accepted") return "Already accepted.";
  if (quote.status !== "approved" && quote.status !== "sent") return `A ${quote.status.replace("_", " ")} quote cannot be accepted.`;
  if (quote.submit_queued) return "Waiting for the approval decision.";
  if (quote.valid_until < today) return "Its validity has ended: revise it before the customer accepts.";
  return null;
}

const counts = (line: QuoteLine, chosen: ReadonlySet<string>) => !line.is_optional || chosen.has(line.id);

/**
 * The quote as accepted with these optional lines: the totals are sums of the
 * server's own line amounts (each already rounded), the way the server totals them.
 */
export function acceptedTotals(quote: LocalQuote, chosen: ReadonlySet<string>) {
  const places = minorUnits(quote.currency);
  const counted = quote.lines.filter((line) => counts(line, chosen));
  const total = (pick: (line: QuoteLine) => string) => toFixed(sum(counted.map((line) => dec(pick(line)))), places);
  const components = new Map<string, string[]>();
  for (const line of counted) {
    for (const component of line.tax_components) components.set(component.name, [...(components.get(component.name) ?? []), component.amount]);
  }
  return {
    currency: quote.currency,
    subtotal: total((line) => line.gross_amount),
    discount_total: total((line) => line.discount_amount),
    taxable_total: total((line) => line.taxable_amount),
    tax_total: total((line) => line.tax_amount),
    grand_total: total((line) => line.line_total),
    tax_components: [...components].map(([name, amounts]) => ({
      name: name as QuoteLine["tax_components"][number]["name"],
      amount: toFixed(sum(amounts.map(dec)), places),
    })),
  };
}

/** How the quote shows at once: accepted on this phone, with the chosen lines and their totals. */
export function acceptedLocally(quote: LocalQuote, chosenIds: string[], location: PhoneLocation | null): LocalQuote {
  const chosen = new Set(chosenIds);
  return {
    ...quote,
    ...acceptedTotals(quote, chosen),
    lines: quote.lines.map((line) => ({ ...line, is_selected: line.is_optional && chosen.has(line.id) })),
    accepted_lat: location?.lat ?? null,
    accepted_lon: location?.lon ?? null,
    accepted_accuracy_m: location?.accuracy_m ?? null,
    accept_queued: true,
  };
}

const nameOf = (quote: LocalQuote) => quote.display_number || quote.customer_name || "new quote";

export function acceptWrite(quote: LocalQuote, chosenIds: string[], location: PhoneLocation | null) {
  return {
    kind: "quotes.accept",
    label: `Accepted for the customer: ${nameOf(quote)}`,
    method: "POST" as const,
    path: `/api/v1/quotes/${quote.id}/accept`,
    body: { chosen_optional_line_ids: chosenIds, location } satisfies QuoteAccept,
    entityKind: "quotes",
    entityId: quote.id,
    scopeIds: [quote.customer_id],
  };
}

export function sendWrite(quote: LocalQuote) {
  return {
    kind: "quotes.send",
    label: `Mark as sent: ${nameOf(quote)}`,
    method: "POST" as const,
    path: `/api/v1/quotes/${quote.id}/send`,
    body: {},
    entityKind: "quotes",
    entityId: quote.id,
  };
}

/** Marked sent on the phone; the server's answer (or its refusal) follows. */
export function sentLocally(quote: LocalQuote): LocalQuote {
  return { ...quote, send_queued: true };
}
