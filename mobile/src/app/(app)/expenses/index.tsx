import { useRouter } from "expo-router";
import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Button, Screen } from "@/components/ui";
import { ExpenseReportList } from "@/features/expenses/components/report-list";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { space } from "@/theme";

export default function ExpensesScreen() {
  const router = useRouter();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing} testID="expenses-screen">
      <OfflineBanner />
      <View style={styles.new}>
        <Button label="New expense report" onPress={() => router.push("/expenses/new")} testID="new-expense-report" />
      </View>
      <ExpenseReportList onOpen={(reportId) => router.push({ pathname: "/expenses/[reportId]", params: { reportId } })} />
    </Screen>
  );
}

const styles = StyleSheet.create({ new: { marginBottom: space.md } });
