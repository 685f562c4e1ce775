/**
 * What the server said about a form's write, drawn where the person is looking:
 * right above the form's Save button, scrolled into view and focused (screen
 * readers read it out), with what they can do about it.
 */
import { useEffect, useRef } from "react";
import { AccessibilityInfo, StyleSheet, View } from "react-native";

import { Button, Notice, useScreenScroll } from "@/components/ui";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useOutboxActions } from "@/lib/sync/use-outbox-actions";
import { space } from "@/theme";

export type WriteResolution = "sent" | "discarded";

const WAIT_FOR_ANSWER_MS = 8_000;

export function WriteProblem({
  item,
  onResolved,
  testID = "form-problem",
}: {
  item: OutboxItem;
  /** The write went through after all (e.g. "Save anyway"), or the person dropped it. */
  onResolved: (how: WriteResolution) => void;
  testID?: string;
}) {
  const actions = useOutboxActions();
  const box = useRef<View>(null);
  const scroll = useScreenScroll();
  const error = item.lastError;

  useEffect(() => {
    const node = box.current as (View & { focus?: (options?: { preventScroll?: boolean }) => void }) | null;
    // Keyboard focus moves to the box in the web build; phones move the screen reader there.
    node?.focus?.({ preventScroll: true });
    if (node) AccessibilityInfo.sendAccessibilityEvent?.(node, "focus");
    // The box sits right above Save, at the end of the form: show both.
    scroll?.revealEnd();
  }, [item.id, error?.code, error?.status, scroll]);

  if (!error) return null;
  const duplicates = error.code === "leads.possible_duplicates";
  const fields = error.fieldErrors.map((field) => `${field.field}: ${field.message}`);
  const detail = [error.detail, ...fields, ...(error.hints ?? [])].filter(Boolean).join("\n") || null;

  const resend = async (send: () => Promise<unknown>) => {
    await send();
    const outcome = await actions.settled(item.id, WAIT_FOR_ANSWER_MS);
    if (outcome === null) onResolved("sent");
  };

  return (
    <View ref={box} focusable accessible accessibilityRole="alert" style={styles.box} testID={testID}>
      <Notice
        title={`${error.title}${error.status ? ` (${error.status})` : ""}`}
        detail={detail}
        tone={duplicates ? "warning" : "danger"}
      />
      <View style={styles.actions}>
        {duplicates ? (
          <Button
            label="Save anyway"
            testID={`${testID}-save-anyway`}
            onPress={() =>
              void resend(() =>
                actions.amend.mutateAsync({ item, body: { ...JSON.parse(item.body ?? "{}"), allow_duplicate: true } }),
              )
            }
          />
        ) : null}
        {error.action === "reload" ? (
          <Button
            label="Reload and apply my change"
            testID={`${testID}-reapply`}
            onPress={() => void resend(() => actions.reloadAndReapply.mutateAsync(item))}
          />
        ) : null}
        {error.action === "retry" || error.action === "wait" ? (
          <Button label="Try again" variant="secondary" onPress={() => void resend(() => actions.retry.mutateAsync(item))} />
        ) : null}
        <Button
          label="Discard"
          variant="danger"
          testID={`${testID}-discard`}
          onPress={async () => {
            await actions.discard.mutateAsync(item);
            onResolved("discarded");
          }}
        />
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  box: { marginTop: space.md },
  actions: { flexDirection: "row", flexWrap: "wrap", gap: space.sm, marginBottom: space.md },
});
