/**
 * The quote builder's catalogue on the phone: active products, tax categories and the
 * price lists that may apply to the engineer's customers (shared default and segment
 * lists, and the own lists of customers the engineer may see), each with its lines.
 * All three come through the change feed like every other record (decision 0022).
 */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type Product = components["schemas"]["ProductRead"];
export type TaxCategory = components["schemas"]["TaxCategoryRead"];
export type PriceListLine = components["schemas"]["PriceListLineRead"];
/** A price list as the change feed hands it out: the list with every line. */
export type PriceList = components["schemas"]["PriceListRead"] & { lines: PriceListLine[] };

export const productSchema: RecordSchema<Product> = {
  search: (product) => [product.sku, product.name, product.hsn_sac_code, product.description].filter(Boolean).join(" "),
  sortKey: (product) => product.name.toLowerCase(),
};

export const taxCategorySchema: RecordSchema<TaxCategory> = { sortKey: (category) => category.code };

export const priceListSchema: RecordSchema<PriceList> = {
  parentId: (list) => list.customer_id,
  sortKey: (list) => list.valid_from,
};

/** Only products still sold: the server tombstones a product made inactive. */
export const productsSync: SyncedKind<Product> = {
  kind: "products",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/products", { params: { query: { limit: 200, active: true, cursor: cursor ?? undefined } } })),
};

export const taxCategoriesSync: SyncedKind<TaxCategory> = {
  kind: "tax_categories",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/tax-categories", { params: { query: { limit: 200, cursor: cursor ?? undefined } } })),
};

/** Price lists with their lines have no list of their own: the first sync reads them from the feed's start. */
export const priceListsSync: SyncedKind<PriceList> = { kind: "price_lists" };
