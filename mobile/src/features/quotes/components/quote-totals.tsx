import { StyleSheet, View } from "react-native";

import { Badge, Body, Muted } from "@/components/ui";
import { formatMoney } from "@/lib/format";
import { space } from "@/theme";

export interface Totals {
  currency: string;
  subtotal: string;
  discount_total: string;
  tax_total: string;
  grand_total: string;
  tax_components: { name: string; amount: string }[];
}

/**
 * A quote's totals. The phone's own computation is only ever an "Estimate": the
 * server alone prices quotes, and its figures replace these once the quote syncs.
 */
const ESTIMATE_NOTE = "Computed on this phone from its copy of the price lists; the server's figures replace it after sync.";

export function QuoteTotals({
  totals,
  estimated,
  note = ESTIMATE_NOTE,
  testID = "quote-totals",
}: {
  totals: Totals;
  estimated: boolean;
  /** What the estimate is made of. */
  note?: string;
  testID?: string;
}) {
  const money = (amount: string) => formatMoney(amount, totals.currency);
  return (
    <View style={styles.box} testID={testID}>
      <View style={styles.heading}>
        <Body style={styles.strong}>Totals</Body>
        {estimated ? (
          <Badge label="Estimate" tone="warning" testID={`${testID}-estimate`} />
        ) : (
          <Badge label="From the server" tone="success" testID={`${testID}-server`} />
        )}
      </View>
      <Row label="Subtotal" value={money(totals.subtotal)} />
      {totals.discount_total !== "0" && !/^0(\.0+)?$/.test(totals.discount_total) ? (
        <Row label="Discount" value={`-${money(totals.discount_total)}`} />
      ) : null}
      {totals.tax_components.map((component) => (
        <Row key={component.name} label={component.name} value={money(component.amount)} />
      ))}
      <Row label="Grand total" value={money(totals.grand_total)} strong testID={`${testID}-grand`} />
      {estimated ? <Muted>{note}</Muted> : null}
    </View>
  );
}

function Row({ label, value, strong, testID }: { label: string; value: string; strong?: boolean; testID?: string }) {
  return (
    <View style={styles.row}>
      <Body style={strong ? styles.strong : undefined}>{label}</Body>
      <Body style={strong ? styles.strong : undefined} testID={testID}>
        {value}
      </Body>
    </View>
  );
}

const styles = StyleSheet.create({
  box: { marginVertical: space.md, gap: space.xs },
  heading: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", marginBottom: space.xs },
  row: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  strong: { fontWeight: "700" },
});
