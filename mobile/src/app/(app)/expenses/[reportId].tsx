import { useLocalSearchParams } from "expo-router";

import { OfflineBanner } from "@/components/offline-banner";
import { Screen } from "@/components/ui";
import { ExpenseReportDetail } from "@/features/expenses/components/report-detail";
import { dayKey, dayOf } from "@/lib/calendar";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";

export default function ExpenseReportScreen() {
  const { reportId } = useLocalSearchParams<{ reportId: string }>();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      <ExpenseReportDetail reportId={reportId} today={dayKey(dayOf(new Date()))} />
    </Screen>
  );
}
