import { useRouter } from "expo-router";
import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Button, ChoiceChips, EmptyState, Screen, TextField } from "@/components/ui";
import { LeadRow } from "@/features/leads/components/lead-row";
import { useLeads } from "@/features/leads/hooks/use-leads";
import { t } from "@/i18n";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { space } from "@/theme";

type Filter = "open" | "qualified" | "converted" | "all";
const FILTERS: { value: Filter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "qualified", label: "Qualified" },
  { value: "converted", label: "Converted" },
  { value: "all", label: "All" },
];

export default function LeadsScreen() {
  const [q, setQ] = useState("");
  const [filter, setFilter] = useState<Filter>("open");
  const leads = useLeads(q, filter);
  const router = useRouter();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      <View style={styles.capture}>
        <Button label="Capture a lead" onPress={() => router.push("/leads/new")} testID="capture-lead" />
      </View>
      <TextField label={t("common.search")} value={q} onChangeText={setQ} autoCapitalize="none" placeholder="Name, company, phone" />
      <ChoiceChips choices={FILTERS} value={filter} onChange={setFilter} />
      {leads.data?.length === 0 ? <EmptyState message="No leads here." /> : null}
      {leads.data?.map((record) => (
        <LeadRow
          key={record.data.id}
          record={record}
          onPress={() => router.push({ pathname: "/leads/[leadId]", params: { leadId: record.data.id } })}
        />
      ))}
    </Screen>
  );
}

const styles = StyleSheet.create({ capture: { marginBottom: space.md } });
