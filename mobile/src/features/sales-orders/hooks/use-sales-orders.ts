import { useQuery } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

import type { SalesOrder } from "../api/sales-orders";

/** One order from the phone's copy; null until the feed has brought it. */
export function useSalesOrder(orderId: string | null) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["sales_orders", "detail", orderId],
    queryFn: async () => (await records.get<SalesOrder>("sales_orders", orderId!))?.data ?? null,
    enabled: orderId !== null,
  });
}

/** A customer's latest orders on the phone, newest first. */
export function useCustomerOrders(customerId: string, limit = 5) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["sales_orders", "customer", customerId, limit],
    queryFn: async () =>
      (await records.list<SalesOrder>("sales_orders", { parentId: customerId, descending: true, limit })).map(
        ({ data }) => data,
      ),
  });
}
