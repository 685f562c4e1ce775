import { useRouter } from "expo-router";
import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Badge, Button, EmptyState, Heading, Muted, Screen, Title } from "@/components/ui";
import { FieldDay } from "@/features/field/components/field-day";
import { ActivityCard } from "@/features/activities/components/activity-card";
import { useMyDay } from "@/features/activities/hooks/use-activities";
import { useMe } from "@/features/auth/hooks/use-me";
import { MyNumbers } from "@/features/reports/components/my-numbers";
import { useOutboxItems, useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { formatTime, formatWeekday } from "@/lib/format";
import { space } from "@/theme";


export default function MyDayScreen() {
  const router = useRouter();
  const day = useMyDay();
  const me = useMe();
  const pending = useOutboxItems();
  const status = useSyncStatus();
  const { engine } = useServices();
  const failed = pending.filter((item) => item.status === "failed").length;
  return (
    <Screen testID="my-day" onRefresh={() => void engine.sync({ force: true })} refreshing={status.syncing}>
      <OfflineBanner />
      <View style={styles.header}>
        <View style={styles.greeting}>
          <Heading>{me.data ? `Hello, ${me.data.full_name.split(" ")[0]}` : "Hello"}</Heading>
          <Muted>{formatWeekday(new Date())}</Muted>
          <Muted testID={status.lastSyncAt ? "my-day-synced" : undefined}>
            {status.syncing
              ? "Syncing…"
              : status.lastSyncAt
                ? `Synced ${formatTime(status.lastSyncAt)}`
                : "Not synced yet"}
          </Muted>
        </View>
        {pending.length > 0 ? (
          <Badge
            label={failed ? `${failed} need attention` : `${pending.length} pending`}
            tone={failed ? "danger" : "warning"}
            testID="pending-sync-badge"
          />
        ) : null}
      </View>
      <View style={styles.actions}>
        <View style={styles.action}>
          <Button label="Log activity" onPress={() => router.push("/activities/new")} testID="log-activity" />
        </View>
        <View style={styles.action}>
          <Button label="New lead" variant="secondary" onPress={() => router.push("/leads/new", { withAnchor: true })} testID="new-lead" />
        </View>
      </View>

      <MyNumbers userId={me.data?.id} />

      <FieldDay />

      {day.data && day.data.overdue.length > 0 ? (
        <>
          <Title style={styles.section}>Overdue ({day.data.overdue.length})</Title>
          {day.data.overdue.map((record) => (
            <ActivityCard key={record.data.id} record={record} showDate />
          ))}
        </>
      ) : null}

      <Title style={styles.section}>Today</Title>
      {day.data?.today.length === 0 ? <EmptyState message="Nothing planned for today." /> : null}
      {day.data?.today.map((record) => <ActivityCard key={record.data.id} record={record} />)}

      {day.data && day.data.upcoming.length > 0 ? (
        <>
          <Title style={styles.section}>Next days</Title>
          {day.data.upcoming.map((record) => (
            <ActivityCard key={record.data.id} record={record} showDate />
          ))}
        </>
      ) : null}
    </Screen>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start" },
  greeting: { flexShrink: 1 },
  actions: { flexDirection: "row", gap: space.sm, marginVertical: space.md },
  action: { flex: 1 },
  section: { marginTop: space.lg, marginBottom: space.sm },
});
