import { useLocalSearchParams } from "expo-router";
import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { Button, EmptyState, Notice, Screen } from "@/components/ui";
import { acceptBlocker } from "@/features/quotes/api/accept";
import { todayLocal } from "@/features/quotes/api/draft";
import { AcceptQuoteForm } from "@/features/quotes/components/accept-quote-form";
import { QuoteDetails } from "@/features/quotes/components/quote-details";
import { useAcceptQuote, useMarkQuoteSent } from "@/features/quotes/hooks/use-accept-quote";
import { useQuote, useSubmitQuote } from "@/features/quotes/hooks/use-quotes";
import { QuoteOrder } from "@/features/sales-orders/components/quote-order";
import { space } from "@/theme";

export default function QuoteScreen() {
  const { quoteId } = useLocalSearchParams<{ quoteId: string }>();
  const quote = useQuote(quoteId);
  const submit = useSubmitQuote();
  const accept = useAcceptQuote();
  const markSent = useMarkQuoteSent();
  const [accepting, setAccepting] = useState(false);
  if (quote.isSuccess && !quote.data) return <EmptyState message="This quote is not on this phone." />;
  if (!quote.data) return null;
  const record = quote.data;
  const data = record.data;
  const canSubmit = data.status === "draft" && data.is_current && !data.submit_queued;
  const blocker = acceptBlocker(data, todayLocal());
  const offersAccept = data.status === "approved" || data.status === "sent";
  const canMarkSent = blocker === null && data.status === "approved" && !data.send_queued;
  return (
    <Screen>
      <QuoteDetails record={record} />
      {canSubmit ? (
        <View style={styles.actions}>
          <Button label="Submit for approval" onPress={() => void submit(record)} testID="submit-for-approval" />
        </View>
      ) : null}
      {offersAccept && blocker !== null && !data.accept_queued ? <Notice tone="warning" title={blocker} testID="accept-blocked" /> : null}
      {blocker === null && !accepting ? (
        <View style={styles.actions}>
          <Button label="Customer accepts" onPress={() => setAccepting(true)} testID="accept-quote" />
          {canMarkSent ? (
            <Button label="Mark as sent" variant="secondary" onPress={() => void markSent(record)} testID="mark-sent" />
          ) : null}
        </View>
      ) : null}
      {blocker === null && accepting ? (
        <AcceptQuoteForm
          quote={data}
          onAccept={async (chosen) => {
            await accept(record, chosen);
            setAccepting(false);
          }}
          onCancel={() => setAccepting(false)}
        />
      ) : null}
      {data.sales_order_id ? <QuoteOrder orderId={data.sales_order_id} /> : null}
    </Screen>
  );
}

const styles = StyleSheet.create({ actions: { marginTop: space.sm, gap: space.sm } });
