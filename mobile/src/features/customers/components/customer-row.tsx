import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Body, Card, Muted, Title } from "@/components/ui";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import type { Customer } from "../api/customers";

export function CustomerRow({ record, onPress }: { record: LocalRecord<Customer>; onPress: () => void }) {
  const customer = record.data;
  const address = customer.addresses[0];
  return (
    <Card onPress={onPress} accessibilityLabel={customer.name} testID={`customer-${customer.id}`}>
      <View style={styles.header}>
        <Title style={styles.name}>{customer.name}</Title>
        <WriteStateBadge entityId={customer.id} isPending={record.isPending} />
      </View>
      {address ? <Body>{[address.city, address.state].filter(Boolean).join(", ")}</Body> : null}
      <Muted>{[customer.industry, customer.phone].filter(Boolean).join(" · ")}</Muted>
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  name: { flexShrink: 1 },
});
