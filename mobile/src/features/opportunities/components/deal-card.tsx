import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Body, Card, Muted } from "@/components/ui";
import { formatDate, formatMoney } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import type { Opportunity } from "../api/opportunities";

export function DealCard({ record, onPress }: { record: LocalRecord<Opportunity>; onPress: () => void }) {
  const deal = record.data;
  return (
    <Card onPress={onPress} accessibilityLabel={deal.title} testID={`deal-${deal.id}`}>
      <View style={styles.header}>
        <Body style={styles.title}>{deal.title}</Body>
        <WriteStateBadge entityId={deal.id} isPending={record.isPending} />
      </View>
      {deal.customer_name ? <Muted>{deal.customer_name}</Muted> : null}
      <Muted>
        {formatMoney(deal.amount, deal.currency)} · {deal.probability}% · closes {formatDate(deal.expected_close_date)}
      </Muted>
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  title: { flexShrink: 1, fontWeight: "600" },
});
