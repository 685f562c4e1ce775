import { useState } from "react";
import { Pressable, StyleSheet, Text, View } from "react-native";

import { Body, Button, Muted, Title } from "@/components/ui";
import { formatMoney } from "@/lib/format";
import { colors, font, radius, space } from "@/theme";

import { acceptedTotals } from "../api/accept";
import type { LocalQuote } from "../api/quotes";
import { QuoteTotals } from "./quote-totals";

/**
 * The customer accepts the quote: the engineer ticks the optional lines they take and
 * sees the order's total before confirming. The order is made from what is ticked.
 */
export function AcceptQuoteForm({
  quote,
  onAccept,
  onCancel,
}: {
  quote: LocalQuote;
  onAccept: (chosenIds: string[]) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const optional = quote.lines.filter((line) => line.is_optional);
  const totals = acceptedTotals(quote, chosen);
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const accept = async () => {
    setBusy(true);
    try {
      // In the quote's line order, whatever order they were ticked in.
      await onAccept(optional.filter((line) => chosen.has(line.id)).map((line) => line.id));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View style={styles.box} testID="accept-form">
      <Title>The customer accepts</Title>
      <Muted>The sales order is made from this quote with the lines below, stamped with your location.</Muted>
      {optional.length > 0 ? (
        <View style={styles.options}>
          <Body style={styles.strong}>Optional lines the customer takes</Body>
          {optional.map((line) => {
            const checked = chosen.has(line.id);
            return (
              <Pressable
                key={line.id}
                accessibilityRole="checkbox"
                accessibilityState={{ checked }}
                accessibilityLabel={line.description}
                onPress={() => toggle(line.id)}
                style={styles.option}
                testID={`accept-option-${line.position}`}
              >
                <View style={[styles.check, checked && styles.checked]}>
                  {checked ? <Text style={styles.tick}>✓</Text> : null}
                </View>
                <Body style={styles.description}>
                  {line.description} · {line.quantity} {line.unit}
                </Body>
                <Body>{formatMoney(line.line_total, quote.currency)}</Body>
              </Pressable>
            );
          })}
        </View>
      ) : (
        <Muted>No optional lines: the order takes every line.</Muted>
      )}
      <QuoteTotals
        totals={totals}
        estimated
        note="The order's total with these lines, from the quote's own line amounts."
        testID="accept-totals"
      />
      <View style={styles.actions}>
        <Button label="Create the order" onPress={() => void accept()} busy={busy} testID="confirm-accept" />
        <Button label="Cancel" variant="secondary" onPress={onCancel} disabled={busy} testID="cancel-accept" />
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  box: {
    marginTop: space.md,
    padding: space.md,
    borderWidth: 1,
    borderColor: colors.primary,
    borderRadius: radius.md,
    backgroundColor: colors.surface,
    gap: space.xs,
  },
  options: { marginTop: space.sm, gap: space.xs },
  option: { flexDirection: "row", alignItems: "center", gap: space.sm, minHeight: 44 },
  check: {
    width: 24,
    height: 24,
    borderRadius: radius.sm,
    borderWidth: 2,
    borderColor: colors.primary,
    alignItems: "center",
    justifyContent: "center",
  },
  checked: { backgroundColor: colors.primary },
  tick: { color: colors.primaryText, fontSize: font.body, fontWeight: "700" },
  description: { flex: 1 },
  strong: { fontWeight: "600" },
  actions: { gap: space.sm },
});
