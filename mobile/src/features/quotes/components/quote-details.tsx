import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Body, Card, Heading, Muted, Notice } from "@/components/ui";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import { SOURCE_LABELS } from "../api/pricing";
import { quoteTitle, type LocalQuote } from "../api/quotes";
import { QuoteStatusChip } from "./quote-row";
import { QuoteTotals } from "./quote-totals";

const APPROVAL_NOTES: Partial<Record<LocalQuote["status"], string>> = {
  pending_approval: "A discount is above your limit: it waits for your head's approval.",
  approved: "Approved: it can be sent to the customer.",
  sent: "Sent: when the customer accepts, record it here and the order is made.",
};

const ACCEPT_NOTE = "With the optional lines the customer chose, from the quote's own line amounts; the server's figures replace it after sync.";

export function QuoteDetails({ record }: { record: LocalRecord<LocalQuote> }) {
  const quote = record.data;
  const estimated = !!quote.estimated || !!quote.accept_queued;
  const showsChoice = quote.status === "accepted" || !!quote.accept_queued;
  return (
    <View>
      <View style={styles.header}>
        <Heading style={styles.title} testID="quote-number">
          {quoteTitle(quote)}
        </Heading>
        <WriteStateBadge entityId={quote.id} isPending={record.isPending} />
      </View>
      {quote.customer_name ? <Body>{quote.customer_name}</Body> : null}
      <View style={styles.meta}>
        <QuoteStatusChip quote={quote} testID="quote-status" />
        <Muted>
          {formatDate(quote.quote_date)} · valid until {formatDate(quote.valid_until)}
        </Muted>
      </View>
      {APPROVAL_NOTES[quote.status] && !quote.submit_queued && !quote.accept_queued && !quote.send_queued ? (
        <Notice tone={quote.status === "approved" ? "info" : "warning"} title={APPROVAL_NOTES[quote.status]!} testID="approval-note" />
      ) : null}
      {quote.approval_comment ? <Muted>Approver&apos;s comment: {quote.approval_comment}</Muted> : null}
      {quote.approved_at ? <Muted>Approved {formatDateTime(quote.approved_at)}</Muted> : null}
      {quote.accept_queued ? (
        <Notice
          tone="info"
          title="Accepted for the customer on this phone."
          detail="The sales order is made when this reaches the server."
          testID="accept-queued-note"
        />
      ) : null}
      {quote.accepted_at ? (
        <Muted testID="quote-accepted">
          Accepted {formatDateTime(quote.accepted_at)}
          {quote.accepted_lat !== null ? " · location recorded" : ""}
        </Muted>
      ) : null}
      {quote.lines.map((line) => (
        <Card key={line.id} testID={`quote-detail-line-${line.position}`}>
          <Body style={styles.strong}>{line.description}</Body>
          <Muted>
            {line.quantity} {line.unit} × {formatMoney(line.unit_price, quote.currency)} ·{" "}
            {SOURCE_LABELS[line.price_source as keyof typeof SOURCE_LABELS] ?? line.price_source}
          </Muted>
          <View style={styles.row}>
            <Muted>
              {line.discount_percent !== "0" ? `Discount ${line.discount_percent}% · ` : ""}
              {line.tax_components.map((c) => `${c.name} ${c.rate}%`).join(" + ") || "No GST"}
              {line.is_optional ? (showsChoice ? (line.is_selected ? " · optional, taken" : " · optional, not taken") : " · optional") : ""}
            </Muted>
            <Body style={styles.strong}>{formatMoney(line.line_total, quote.currency)}</Body>
          </View>
        </Card>
      ))}
      <QuoteTotals totals={quote} estimated={estimated} note={quote.accept_queued ? ACCEPT_NOTE : undefined} />
    </View>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", gap: space.sm },
  title: { flexShrink: 1 },
  meta: { flexDirection: "row", gap: space.sm, alignItems: "center", flexWrap: "wrap", marginVertical: space.sm },
  row: { flexDirection: "row", justifyContent: "space-between", gap: space.sm, marginTop: space.xs },
  strong: { fontWeight: "600" },
});
