import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Badge, Card, Muted, Title } from "@/components/ui";
import { formatDate, formatMoney } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import { quoteTitle, STATUS_LABELS, STATUS_TONES, type LocalQuote } from "../api/quotes";

/** The status chip: the server's status, or what the phone has queued and the server not yet answered. */
export function QuoteStatusChip({ quote, testID }: { quote: LocalQuote; testID?: string }) {
  if (quote.submit_queued) return <Badge label="Submitting for approval" tone="info" testID={testID} />;
  if (quote.accept_queued) return <Badge label="Accepting for the customer" tone="info" testID={testID} />;
  if (quote.send_queued) return <Badge label="Marking as sent" tone="info" testID={testID} />;
  return <Badge label={STATUS_LABELS[quote.status]} tone={STATUS_TONES[quote.status]} testID={testID} />;
}

export function QuoteRow({ record, onPress }: { record: LocalRecord<LocalQuote>; onPress: () => void }) {
  const quote = record.data;
  return (
    <Card onPress={onPress} accessibilityLabel={quoteTitle(quote)} testID={`quote-${quote.id}`}>
      <View style={styles.header}>
        <Title style={styles.name} testID={`quote-number-${quote.id}`}>
          {quoteTitle(quote)}
        </Title>
        <WriteStateBadge entityId={quote.id} isPending={record.isPending} />
      </View>
      {quote.customer_name ? <Muted>{quote.customer_name}</Muted> : null}
      <View style={styles.meta}>
        <QuoteStatusChip quote={quote} testID={`quote-status-${quote.id}`} />
        <Muted testID={`quote-total-${quote.id}`}>
          {quote.estimated || quote.accept_queued ? "Estimate " : ""}
          {formatMoney(quote.grand_total, quote.currency)} · {formatDate(quote.quote_date)}
        </Muted>
      </View>
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  name: { flexShrink: 1 },
  meta: { flexDirection: "row", gap: space.sm, alignItems: "center", marginTop: space.xs, flexWrap: "wrap" },
});
