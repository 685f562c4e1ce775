import { StyleSheet, View } from "react-native";

import { OfflineBanner } from "@/components/offline-banner";
import { Body, Button, EmptyState, Muted, Notice, Screen, Title } from "@/components/ui";
import { useMe } from "@/features/auth/hooks/use-me";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";
import { OutboxItemCard } from "@/features/sync/components/outbox-item-card";
import { useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { formatDateTime } from "@/lib/format";
import { useOutboxItems, useSyncStatus } from "@/lib/sync/hooks";
import { space } from "@/theme";

export default function SyncScreen() {
  const items = useOutboxItems();
  const status = useSyncStatus();
  const { syncNow } = useOutboxActions();
  const signOut = useSignOut();
  const me = useMe();
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
          {items.length === 0 ? "Everything is on the server." : `${items.length} change(s) waiting to be sent`}
        </Muted>
      </View>
      {status.pullErrors.length ? (
        <Notice tone="warning" title="Some data could not be refreshed" detail={status.pullErrors.join("\n")} />
      ) : null}
      <Button label="Sync now" busy={status.syncing || syncNow.isPending} onPress={() => syncNow.mutate()} testID="sync-now" />

      <Title style={styles.section}>Waiting to be sent</Title>
      {items.length === 0 ? <EmptyState message="Nothing to send." /> : null}
      {items.map((item) => (
        <OutboxItemCard key={item.id} item={item} />
      ))}

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
