import { StyleSheet, View } from "react-native";

import { Badge, Body, Button, Card, Muted } from "@/components/ui";
import { t } from "@/i18n";
import { formatDateTime } from "@/lib/format";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { colors, space } from "@/theme";

import { useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { FixFieldsForm } from "./fix-fields-form";

const HINTS: Record<string, string> = {
  edit: "Correct the fields below and send it again, or discard it.",
  reload: "Someone changed this record meanwhile. Reload it and apply your change again.",
  discard: "The server refused this change. Discard it (and reload) or try again.",
  wait: "It will be sent again automatically.",
  "sign-in": "Sign in again to send it.",
};

export function OutboxItemCard({ item }: { item: OutboxItem }) {
  const actions = useOutboxActions();
  const error = item.lastError;
  const failed = item.status === "failed";
  return (
    <Card testID={`outbox-${item.id}`}>
      <View style={styles.header}>
        <Body style={styles.label}>{item.label}</Body>
        <Badge label={failed ? t("sync.failed") : t("sync.pending")} tone={failed ? "danger" : "warning"} />
      </View>
      <Muted>
        {formatDateTime(item.createdAt)}
        {item.attempts > 0 ? ` · ${item.attempts} attempt${item.attempts === 1 ? "" : "s"}` : ""}
      </Muted>
      {error ? (
        <View style={styles.error}>
          <Body style={failed ? styles.errorTitle : undefined}>
            {error.title}
            {error.status ? ` (${error.status})` : ""}
          </Body>
          {error.detail ? <Muted>{error.detail}</Muted> : null}
          {error.hints?.map((hint) => <Muted key={hint}>{hint}</Muted>)}
          <Muted>{HINTS[error.action]}</Muted>
        </View>
      ) : null}
      {failed && error?.action === "edit" ? (
        <FixFieldsForm item={item} onSubmit={(body) => actions.amend.mutate({ item, body })} />
      ) : null}
      {failed ? (
        <View style={styles.actions}>
          {error?.code === "leads.possible_duplicates" ? (
            <Button label="Create anyway" onPress={() => actions.amend.mutate({ item, body: { ...JSON.parse(item.body ?? "{}"), allow_duplicate: true } })} />
          ) : null}
          {error?.action === "reload" ? (
            <Button label="Reload and reapply" onPress={() => actions.reloadAndReapply.mutate(item)} />
          ) : (
            <Button label={t("common.retry")} variant="secondary" onPress={() => actions.retry.mutate(item)} />
          )}
          <Button label="Discard" variant="danger" onPress={() => actions.discard.mutate(item)} />
        </View>
      ) : null}
      {actions.reloadAndReapply.error ? <Muted>{actions.reloadAndReapply.error.message}</Muted> : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  label: { flexShrink: 1, fontWeight: "600" },
  error: { marginTop: space.sm },
  errorTitle: { color: colors.danger },
  actions: { flexDirection: "row", gap: space.sm, marginTop: space.sm },
});
