import { useRouter } from "expo-router";
import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Button, ChoiceChips, EmptyState, Screen, TextField } from "@/components/ui";
import { QuoteRow } from "@/features/quotes/components/quote-row";
import { useQuotes, type QuoteFilter } from "@/features/quotes/hooks/use-quotes";
import { t } from "@/i18n";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { space } from "@/theme";

const FILTERS: { value: QuoteFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "pending_approval", label: "Pending approval" },
  { value: "accepted", label: "Accepted" },
  { value: "all", label: "All" },
];

export default function QuotesScreen() {
  const [q, setQ] = useState("");
  const [filter, setFilter] = useState<QuoteFilter>("open");
  const quotes = useQuotes(filter, q);
  const router = useRouter();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      <View style={styles.new}>
        <Button label="New quote" onPress={() => router.push("/quotes/new")} testID="new-quote" />
      </View>
      <TextField label={t("common.search")} value={q} onChangeText={setQ} autoCapitalize="none" placeholder="Number or customer" />
      <ChoiceChips choices={FILTERS} value={filter} onChange={setFilter} testID="quote-filter" />
      {quotes.data?.length === 0 ? <EmptyState message="No quotes here." /> : null}
      {quotes.data?.map((record) => (
        <QuoteRow
          key={record.data.id}
          record={record}
          onPress={() => router.push({ pathname: "/quotes/[quoteId]", params: { quoteId: record.data.id } })}
        />
      ))}
    </Screen>
  );
}

const styles = StyleSheet.create({ new: { marginBottom: space.md } });
