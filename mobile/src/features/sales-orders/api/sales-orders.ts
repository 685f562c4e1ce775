/**
 * Sales orders on the phone: the engineer's orders as the order list shows them
 * (number, status, totals, the quote they came from), loaded with the first sync and
 * kept current by the change feed. The phone never makes an order itself: accepting
 * a quote does, on the server, and the order arrives with the next pull.
 */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type SalesOrder = components["schemas"]["SalesOrderSummaryRead"];
export type SalesOrderStatus = SalesOrder["status"];

export const ORDER_STATUS_LABELS: Record<SalesOrderStatus, string> = {
  draft: "Draft",
  credit_hold: "Credit hold",
  confirmed: "Confirmed",
  partially_delivered: "Partly delivered",
  delivered: "Delivered",
  closed: "Closed",
  cancelled: "Cancelled",
};

export const ORDER_STATUS_TONES: Record<SalesOrderStatus, "neutral" | "info" | "warning" | "danger" | "success"> = {
  draft: "neutral",
  credit_hold: "warning",
  confirmed: "info",
  partially_delivered: "info",
  delivered: "success",
  closed: "neutral",
  cancelled: "danger",
};

export const salesOrderSchema: RecordSchema<SalesOrder> = {
  search: (order) => [order.number, order.customer_name, order.customer_po_number].filter(Boolean).join(" "),
  parentId: (order) => order.customer_id,
  sortKey: (order) => order.created_at,
};

export const salesOrdersSync: SyncedKind<SalesOrder> = {
  kind: "sales_orders",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/sales-orders", { params: { query: { limit: 200, cursor: cursor ?? undefined } } })),
};
