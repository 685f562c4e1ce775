import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Body, Button, EmptyState, Muted, Notice, Screen, Title } from "@/components/ui";
import { useMe } from "@/features/auth/hooks/use-me";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";
import { OutboxItemCard } from "@/features/sync/components/outbox-item-card";
import { formatDateTime } from "@/lib/format";
import { useOutboxItems, useSyncStatus } from "@/lib/sync/hooks";
import { useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { space } from "@/theme";

export default function SyncScreen() {
  const items = useOutboxItems();
  const status = useSyncStatus();
  const { syncNow } = useOutboxActions();
  const signOut = useSignOut();
  const me = useMe();
  // What the person must decide first; then their own changes on their way; then photos and pings.
  const attention = items.filter((item) => item.status === "failed");
  const waiting = items.filter((item) => item.status === "pending" && item.lane === "business");
  const background = items.filter((item) => item.status === "pending" && item.lane !== "business");
  return (
    <Screen>
      <OfflineBanner />
      <View style={styles.summary}>
        <Body testID="last-sync">
          {status.syncing
            ? "Syncing…"
            : `Last successful sync: ${status.lastSyncAt ? formatDateTime(status.lastSyncAt) : "never"}`}
        </Body>
        <Muted testID="pending-count">
          {items.length === 0
            ? "Everything is on the server."
            : [
                attention.length ? `${attention.length} need${attention.length === 1 ? "s" : ""} your attention` : null,
                waiting.length ? `${waiting.length} waiting to be sent` : null,
                background.length ? `${background.length} in the background` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
        </Muted>
      </View>
      {status.pullErrors.length ? (
        <Notice tone="warning" title="Some data could not be refreshed" detail={status.pullErrors.join("\n")} />
      ) : null}
      <Button label="Sync now" busy={status.syncing || syncNow.isPending} onPress={() => syncNow.mutate()} testID="sync-now" />

      {attention.length ? (
        <View testID="needs-attention">
          <Title style={styles.section}>Needs your attention</Title>
          {attention.map((item) => (
            <OutboxItemCard key={item.id} item={item} />
          ))}
        </View>
      ) : null}

      <Title style={styles.section}>Waiting to be sent</Title>
      {waiting.length === 0 ? <EmptyState message="Nothing to send." /> : null}
      {waiting.map((item) => (
        <OutboxItemCard key={item.id} item={item} />
      ))}

      {background.length ? (
        <>
          <Title style={styles.section}>In the background</Title>
          <Muted>Photos and location pings go after your changes and never hold them up.</Muted>
          {background.map((item) => (
            <OutboxItemCard key={item.id} item={item} />
          ))}
        </>
      ) : null}

      <Title style={styles.section}>Account</Title>
      {me.data ? (
        <Body>
          {me.data.full_name} · {me.data.email}
        </Body>
      ) : null}
      {items.length > 0 ? (
        <Muted>Changes not yet sent stay on this phone and go out after you sign in again.</Muted>
      ) : null}
      <View style={styles.section}>
        <Button label="Sign out" variant="secondary" onPress={() => signOut.mutate({ forget: false })} testID="sign-out" />
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  summary: { marginBottom: space.md, gap: space.xs },
  section: { marginTop: space.lg, marginBottom: space.sm },
});
