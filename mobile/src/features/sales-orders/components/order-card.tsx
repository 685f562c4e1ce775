import { StyleSheet, View } from "react-native";

import { Badge, Card, Muted, Title } from "@/components/ui";
import { formatDate, formatMoney } from "@/lib/format";
import { space } from "@/theme";

import { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, type SalesOrder } from "../api/sales-orders";

/** An order at a glance: its number, status, grand total and date. */
export function OrderCard({ order, onPress, testID }: { order: SalesOrder; onPress?: () => void; testID: string }) {
  return (
    <Card onPress={onPress} accessibilityLabel={`Order ${order.number}`} testID={testID}>
      <View style={styles.row}>
        <Title style={styles.number} testID={`${testID}-number`}>
          {order.number}
        </Title>
        <Badge label={ORDER_STATUS_LABELS[order.status]} tone={ORDER_STATUS_TONES[order.status]} testID={`${testID}-status`} />
      </View>
      <View style={styles.row}>
        <Muted>{formatDate(order.order_date)}</Muted>
        <Title testID={`${testID}-total`}>{formatMoney(order.grand_total, order.currency)}</Title>
      </View>
    </Card>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm, marginTop: space.xs },
  number: { flexShrink: 1 },
});
