import { useMemo, useState } from "react";
import { StyleSheet, View } from "react-native";

import { Body, Button, ChoiceChips, Muted } from "@/components/ui";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useCurrentRecord, useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { defaultChoice, resolvedBody, theirsOnly, threeWayMerge, unresolved, type Choice } from "@/lib/three-way-merge";
import { colors, space } from "@/theme";

import { fieldLabel, formatField } from "../conflict-fields";

type Values = Record<string, unknown>;

/**
 * After a 412 on a queued edit: each field the engineer changed, theirs beside
 * what someone else saved, with a choice per field, and the fields only the other
 * person changed (kept as saved); then the edit is sent again with only the kept
 * values against the saved version, or dropped (Keep theirs).
 */
export function ConflictResolver({ item }: { item: OutboxItem }) {
  const actions = useOutboxActions();
  const current = useCurrentRecord(item, true);
  const mine = useMemo(() => (item.body ? (JSON.parse(item.body) as Values) : {}), [item.body]);
  const fields = useMemo(() => (current.data ? threeWayMerge(mine, current.data.record, current.data.base) : []), [mine, current.data]);
  const [picked, setPicked] = useState<Record<string, Choice>>({});
  const choices = Object.fromEntries(fields.map((field) => [field.key, picked[field.key] ?? defaultChoice(field.kind)]));

  if (current.isPending) return <Muted>Loading what was saved meanwhile…</Muted>;
  if (current.error || !current.data) {
    return (
      <View style={styles.block}>
        <Muted>{current.error?.message ?? "Could not load the saved record"}</Muted>
        <Button label="Load again" variant="secondary" onPress={() => void current.refetch()} />
      </View>
    );
  }
  const saved = current.data;
  const mineRecord = { ...saved.record, ...mine };
  const kept = theirsOnly(mine, saved.record, saved.base);
  const missing = unresolved(fields, choices);
  const busy = actions.resolveConflict.isPending || actions.keepTheirs.isPending;
  const failure = actions.resolveConflict.error ?? actions.keepTheirs.error;
  return (
    <View style={styles.block} testID={`conflict-${item.id}`}>
      {fields.map((field) => (
        <View key={field.key} style={styles.field} testID={`conflict-field-${field.key}`}>
          <Body style={styles.fieldLabel}>{fieldLabel(item.entityKind, field.key)}</Body>
          <View style={styles.sides}>
            <View style={styles.side}>
              <Muted>Yours</Muted>
              <Body testID={`mine-${field.key}`}>{formatField(item.entityKind, field.key, field.mine, mineRecord)}</Body>
            </View>
            <View style={styles.side}>
              <Muted>Saved by someone else</Muted>
              <Body testID={`theirs-${field.key}`}>{formatField(item.entityKind, field.key, field.theirs, saved.record)}</Body>
            </View>
          </View>
          {field.kind === "same" || field.kind === "untouched" ? (
            <Muted>Already saved the same way.</Muted>
          ) : (
            <ChoiceChips<Choice>
              choices={[
                { value: "mine", label: "Keep yours" },
                { value: "theirs", label: "Keep theirs" },
              ]}
              value={choices[field.key] ?? null}
              onChange={(choice) => setPicked((previous) => ({ ...previous, [field.key]: choice }))}
              testID={`choose-${field.key}`}
            />
          )}
        </View>
      ))}
      {kept.length > 0 ? (
        <View style={styles.field} testID="conflict-kept">
          <Body style={styles.fieldLabel}>Also saved by someone else, kept</Body>
          {kept.map((key) => (
            <Muted key={key} testID={`kept-${key}`}>
              {`${fieldLabel(item.entityKind, key)}: ${formatField(item.entityKind, key, saved.record[key], saved.record)}`}
            </Muted>
          ))}
        </View>
      ) : null}
      {missing.length > 0 ? (
        <Muted>{`Choose a value for ${missing.map((key) => fieldLabel(item.entityKind, key)).join(", ")}.`}</Muted>
      ) : null}
      <View style={styles.actions}>
        <Button
          label="Save with these choices"
          disabled={missing.length > 0}
          busy={busy}
          testID={`resolve-${item.id}`}
          onPress={() => {
            const body = resolvedBody(fields, choices);
            if (Object.keys(body).length === 0) actions.keepTheirs.mutate({ item, current: saved });
            else actions.resolveConflict.mutate({ item, current: saved, body });
          }}
        />
        <Button
          label="Keep theirs"
          variant="secondary"
          busy={busy}
          testID={`keep-theirs-${item.id}`}
          onPress={() => actions.keepTheirs.mutate({ item, current: saved })}
        />
      </View>
      {failure ? <Muted style={styles.failure}>{failure.message}</Muted> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  block: { marginTop: space.sm, gap: space.sm },
  field: { gap: space.xs },
  fieldLabel: { fontWeight: "600" },
  sides: { flexDirection: "row", gap: space.sm },
  side: { flex: 1 },
  actions: { flexDirection: "row", flexWrap: "wrap", gap: space.sm },
  failure: { color: colors.danger },
});
