import { useRouter } from "expo-router";
import { useState } from "react";

import { OfflineBanner } from "@/components/offline-banner";
import { EmptyState, Screen, TextField } from "@/components/ui";
import { CustomerRow } from "@/features/customers/components/customer-row";
import { useCustomers } from "@/features/customers/hooks/use-customers";
import { t } from "@/i18n";
import { useServices } from "@/lib/sync/sync-provider";
import { useSyncStatus } from "@/lib/sync/hooks";

export default function CustomersScreen() {
  const [q, setQ] = useState("");
  const customers = useCustomers(q);
  const router = useRouter();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      <TextField
        label={t("common.search")}
        placeholder="Name, city, phone, email"
        value={q}
        onChangeText={setQ}
        autoCapitalize="none"
        testID="customer-search"
      />
      {customers.data?.length === 0 ? <EmptyState message={q ? "No customer matches." : "No customers yet."} /> : null}
      {customers.data?.map((record) => (
        <CustomerRow
          key={record.data.id}
          record={record}
          onPress={() => router.push({ pathname: "/customers/[customerId]", params: { customerId: record.data.id } })}
        />
      ))}
    </Screen>
  );
}
