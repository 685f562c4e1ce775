import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { Badge, Body, Button, Card, Muted } from "@/components/ui";
import { t } from "@/i18n";
import { formatDateTime } from "@/lib/format";
import { needsDecision } from "@/lib/sync/outbox-errors";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { colors, space } from "@/theme";

import { ConflictResolver } from "./conflict-resolver";
import { FixFieldsForm } from "./fix-fields-form";

const HINTS: Record<string, string> = {
  edit: "Correct the fields below and send it again, or discard it.",
  reload: "Someone changed this record meanwhile. Reload it and apply your change again.",
  discard: "The server refused this change. Discard it (and reload) or try again.",
  wait: "It will be sent again automatically.",
  "sign-in": "Sign in again to send it.",
  retry: "Your other changes go on without it. Try again later, or discard it.",
};

const COMPARE_HINT = "Someone else saved this record after your change. Choose, field by field, which value to keep.";

function badgeOf(item: OutboxItem): { label: string; tone: "danger" | "warning" } {
  if (item.status === "pending") return { label: t("sync.pending"), tone: "warning" };
  if (needsDecision(item)) return { label: t("sync.decide"), tone: "warning" };
  return item.lastError?.action === "retry"
    ? { label: t("sync.setAside"), tone: "warning" }
    : { label: t("sync.refused"), tone: "danger" };
}

export function OutboxItemCard({ item }: { item: OutboxItem }) {
  const actions = useOutboxActions();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const error = item.lastError;
  const failed = item.status === "failed";
  const badge = badgeOf(item);
  const compare = needsDecision(item);
  const discard = item.kind.endsWith(".create")
    ? "Discarding removes it from this phone."
    : "Discarding puts the record back as the server has it.";
  return (
    <Card testID={`outbox-${item.id}`}>
      <View style={styles.header}>
        <Body style={styles.label}>{item.label}</Body>
        <Badge label={badge.label} tone={badge.tone} testID={`outbox-state-${item.id}`} />
      </View>
      <Muted>
        {formatDateTime(item.createdAt)}
        {item.attempts > 0 && (item.status === "pending" || error?.action === "retry")
          ? ` · ${item.attempts} failed attempt${item.attempts === 1 ? "" : "s"}`
          : ""}
      </Muted>
      {error ? (
        <View style={styles.error}>
          <Body style={failed ? styles.errorTitle : undefined}>
            {error.title}
            {error.status ? ` (${error.status})` : ""}
          </Body>
          {/* The server's "reload it and apply your change again" is what the comparison below replaces. */}
          {error.detail && !compare ? <Muted>{error.detail}</Muted> : null}
          {error.fieldErrors.length > 0 && error.action !== "edit"
            ? error.fieldErrors.map((field) => <Muted key={field.field}>{`${field.field}: ${field.message}`}</Muted>)
            : null}
          {error.hints?.map((hint) => <Muted key={hint}>{hint}</Muted>)}
          <Muted>{compare ? COMPARE_HINT : HINTS[error.action]}</Muted>
        </View>
      ) : null}
      {failed && error?.action === "edit" ? (
        <FixFieldsForm item={item} onSubmit={(body) => actions.amend.mutate({ item, body })} />
      ) : null}
      {compare ? <ConflictResolver item={item} /> : null}
      {failed && !compare && !confirmDiscard ? (
        <View style={styles.actions}>
          {error?.code === "leads.possible_duplicates" ? (
            <Button label="Create anyway" onPress={() => actions.amend.mutate({ item, body: { ...JSON.parse(item.body ?? "{}"), allow_duplicate: true } })} />
          ) : null}
          {error?.action === "reload" ? (
            <Button label="Reload and reapply" onPress={() => actions.reloadAndReapply.mutate(item)} />
          ) : (
            <Button label={t("common.retry")} variant="secondary" onPress={() => actions.retry.mutate(item)} testID={`retry-${item.id}`} />
          )}
          <Button label="Discard" variant="danger" onPress={() => setConfirmDiscard(true)} testID={`discard-${item.id}`} />
        </View>
      ) : null}
      {failed && !compare && confirmDiscard ? (
        <View style={styles.confirm}>
          <Muted>{discard}</Muted>
          <View style={styles.actions}>
            <Button label="Discard it" variant="danger" onPress={() => actions.discard.mutate(item)} testID={`confirm-discard-${item.id}`} />
            <Button label="Keep it" variant="secondary" onPress={() => setConfirmDiscard(false)} />
          </View>
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
  actions: { flexDirection: "row", flexWrap: "wrap", gap: space.sm, marginTop: space.sm },
  confirm: { marginTop: space.sm },
});
