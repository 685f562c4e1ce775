/** A quote being built on the phone: its lines priced from the local catalogue, and its estimate. */
import type { PriceList, Product, TaxCategory } from "./catalogue";
import { estimateQuote, placeOfSupply, resolvePrice, type Estimate, type PricedCustomer } from "./pricing";
import type { DraftLine } from "./quotes";

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Today on the phone, YYYY-MM-DD. */
export const todayLocal = (now: Date = new Date()): string => isoDay(now);

/** The server's default validity: 30 days on. */
export function validUntilDefault(quoteDate: string): string {
  const date = new Date(`${quoteDate}T00:00:00`);
  date.setDate(date.getDate() + 30);
  return isoDay(date);
}

/** A new line for a product: its local price for the quantity and the rule that gave it; null when nothing prices it. */
export function draftLine(
  product: Product,
  { customer, quantity, discountPercent = "0", isOptional = false, on, lists, categories }: {
    customer: PricedCustomer;
    quantity: string;
    discountPercent?: string;
    isOptional?: boolean;
    on: string;
    lists: PriceList[];
    categories: Map<string, TaxCategory>;
  },
): DraftLine | null {
  const price = resolvePrice({ product, customer, quantity, on, lists });
  const category = categories.get(product.tax_category_id);
  if (!price || !category) return null;
  return {
    productId: product.id,
    description: product.name,
    unit: product.unit,
    quantity,
    unitPrice: price.unitPrice,
    priceSource: price.source,
    discountPercent,
    taxCategoryId: category.id,
    taxRate: category.rate,
    taxTreatment: category.treatment,
    isOptional,
  };
}

/** The estimate of the draft's lines for the customer (its currency and place of supply). */
export function draftEstimate(
  customer: PricedCustomer,
  lines: DraftLine[],
  companyState: string | null,
): { estimate: Estimate; placeOfSupply: string | null } {
  const state = placeOfSupply(customer);
  const estimate = estimateQuote(
    lines.map((line) => ({
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      category: { treatment: line.taxTreatment as TaxCategory["treatment"], rate: line.taxRate },
      isOptional: line.isOptional,
    })),
    { currency: customer.currency, placeOfSupply: state, companyState: companyState ?? "" },
  );
  return { estimate, placeOfSupply: state };
}
