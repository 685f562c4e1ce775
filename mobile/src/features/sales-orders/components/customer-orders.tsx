import { View } from "react-native";

import { EmptyState, Muted } from "@/components/ui";

import { useCustomerOrders } from "../hooks/use-sales-orders";
import { OrderCard } from "./order-card";

const SHOWN = 5;

/** The customer's latest orders on this phone; an order from a quote opens that quote. */
export function CustomerOrders({ customerId, onOpenQuote }: { customerId: string; onOpenQuote: (quoteId: string) => void }) {
  const orders = useCustomerOrders(customerId, SHOWN);
  if (!orders.data) return null;
  if (orders.data.length === 0) return <EmptyState message="No orders for this customer yet." />;
  return (
    <View testID="customer-orders">
      {orders.data.map((order) => (
        <OrderCard
          key={order.id}
          order={order}
          onPress={order.quote_id ? () => onOpenQuote(order.quote_id!) : undefined}
          testID={`customer-order-${order.id}`}
        />
      ))}
      {orders.data.length === SHOWN ? <Muted>The latest {SHOWN} orders.</Muted> : null}
    </View>
  );
}
