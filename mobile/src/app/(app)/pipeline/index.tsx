import { useRouter } from "expo-router";
import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { EmptyState, Muted, Screen, Title } from "@/components/ui";
import { DealCard } from "@/features/opportunities/components/deal-card";
import { useMyPipeline } from "@/features/opportunities/hooks/use-opportunities";
import { formatMoney } from "@/lib/format";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { colors, space } from "@/theme";

export default function PipelineScreen() {
  const board = useMyPipeline();
  const router = useRouter();
  const { engine } = useServices();
  const status = useSyncStatus();
  return (
    <Screen onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      {board.data === null ? <EmptyState message="No pipeline on this phone yet: sync first." /> : null}
      {board.data?.columns.map((column) => (
        <View key={column.stage.id} style={styles.stage} testID={`stage-${column.stage.id}`}>
          <View style={styles.stageHeader}>
            <Title>
              {column.stage.name} ({column.deals.length})
            </Title>
            <Muted>{column.stage.probability}%</Muted>
          </View>
          <View style={styles.sums} testID={`stage-totals-${column.stage.id}`}>
            {column.totals.map((total) => (
              <Muted key={total.currency} testID={`stage-total-${column.stage.id}-${total.currency}`}>
                {formatMoney(total.total, total.currency)} · weighted {formatMoney(total.weighted, total.currency)}
              </Muted>
            ))}
          </View>
          {column.deals.map((record) => (
            <DealCard
              key={record.data.id}
              record={record}
              onPress={() =>
                router.push({ pathname: "/pipeline/[opportunityId]", params: { opportunityId: record.data.id } })
              }
            />
          ))}
        </View>
      ))}
    </Screen>
  );
}

const styles = StyleSheet.create({
  stage: { marginBottom: space.lg, borderTopWidth: 3, borderTopColor: colors.primary, paddingTop: space.sm },
  stageHeader: { flexDirection: "row", justifyContent: "space-between", alignItems: "center" },
  sums: { marginBottom: space.sm },
});
