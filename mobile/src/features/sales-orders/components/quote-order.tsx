import { StyleSheet, View } from "react-native";

import { Muted, Notice, Title } from "@/components/ui";
import { space } from "@/theme";

import { useSalesOrder } from "../hooks/use-sales-orders";
import { OrderCard } from "./order-card";

/** The order an accepted quote made: as the feed last brought it, or a word that it is on its way. */
export function QuoteOrder({ orderId }: { orderId: string }) {
  const order = useSalesOrder(orderId);
  return (
    <View style={styles.box} testID="quote-order">
      <Title style={styles.title}>Sales order</Title>
      {order.data ? (
        <>
          <OrderCard order={order.data} testID="quote-order-card" />
          {order.data.status === "draft" ? <Muted>A draft until it is confirmed: stock is reserved and the credit limit checked then.</Muted> : null}
        </>
      ) : order.isSuccess ? (
        <Notice tone="info" title="The server made the order." detail="Its number and status arrive with the next sync." testID="quote-order-coming" />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  box: { marginTop: space.md },
  title: { marginBottom: space.sm },
});
