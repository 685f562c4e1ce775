import { useMemo, useState, type ReactNode } from "react";
import { Pressable, StyleSheet, Text, View } from "react-native";

import { CustomerPicker, type PickedCustomer } from "@/components/customer-picker";
import { Button, Muted, TextField } from "@/components/ui";
import { colors, font, radius, space } from "@/theme";

import { draftEstimate, draftLine, todayLocal } from "../api/draft";
import type { DraftLine } from "../api/quotes";
import { usePricingData, useProductSearch, useQuoteCustomer, type PricingData, type QuoteCustomer } from "../hooks/use-quotes";
import { LineEditor, lineErrors, type LineInput } from "./line-editor";
import { QuoteTotals } from "./quote-totals";

export interface BuiltQuote {
  customer: QuoteCustomer;
  lines: DraftLine[];
  pricing: PricingData;
  submit: boolean;
}

let nextKey = 0;

/**
 * The offline quote builder: a customer from the phone's copy, products searched on
 * the phone, each line priced from the local price lists with the rule shown, and the
 * totals as an estimate (the server prices the quote when it arrives).
 */
export function QuoteBuilder({ onSubmit, problem }: { onSubmit: (quote: BuiltQuote) => Promise<void>; problem?: ReactNode }) {
  const [picked, setPicked] = useState<PickedCustomer | null>(null);
  const [inputs, setInputs] = useState<LineInput[]>([]);
  const [q, setQ] = useState("");
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const customer = useQuoteCustomer(picked?.id ?? null).data ?? null;
  const pricing = usePricingData().data;
  const matches = useProductSearch(q);
  const today = todayLocal();

  const lines = useMemo(
    () =>
      inputs.map((input) => {
        const product = pricing?.products.get(input.productId);
        const valid = !lineErrors(input).quantity;
        if (!product || !customer || !pricing || !valid) return null;
        return draftLine(product, {
          customer,
          quantity: input.quantity.trim(),
          discountPercent: input.discountPercent.trim() || "0",
          isOptional: input.isOptional,
          on: today,
          lists: pricing.lists,
          categories: pricing.categories,
        });
      }),
    [inputs, pricing, customer, today],
  );
  const complete = lines.every((line): line is DraftLine => line !== null);
  const invalid = inputs.some((input) => lineErrors(input).quantity || lineErrors(input).discount);
  const estimate = customer && complete && !invalid ? draftEstimate(customer, lines, pricing?.companyState ?? null).estimate : null;
  const ready = !!customer && !!pricing && inputs.length > 0 && complete && !invalid;

  const save = async (submit: boolean) => {
    if (!ready || !customer || !pricing) return;
    setBusy(submit ? "submit" : "save");
    try {
      await onSubmit({ customer, lines: lines as DraftLine[], pricing, submit });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View>
      <CustomerPicker value={picked} onChange={setPicked} />
      {customer ? <Muted style={styles.hint}>Prices in {customer.currency}, as this phone last synced them.</Muted> : null}
      {inputs.map((input, index) => (
        <LineEditor
          key={input.key}
          index={index}
          input={input}
          product={pricing?.products.get(input.productId)}
          line={lines[index] ?? null}
          amounts={estimate?.lines[index] ?? null}
          currency={customer?.currency ?? "INR"}
          onChange={(next) => setInputs((all) => all.map((candidate) => (candidate.key === input.key ? next : candidate)))}
          onRemove={() => setInputs((all) => all.filter((candidate) => candidate.key !== input.key))}
        />
      ))}
      <TextField
        label="Add a product"
        placeholder="Search by name or SKU"
        value={q}
        onChangeText={setQ}
        autoCapitalize="none"
        testID="product-search"
      />
      {matches.data?.length === 0 && q.trim() ? <Muted>No product on this phone matches.</Muted> : null}
      {q.trim()
        ? matches.data?.map(({ data }) => (
            <Pressable
              key={data.id}
              accessibilityRole="button"
              style={styles.option}
              testID={`product-option-${data.sku}`}
              onPress={() => {
                nextKey += 1;
                setInputs((all) => [
                  ...all,
                  { key: `line-${nextKey}`, productId: data.id, quantity: "1", discountPercent: "0", isOptional: false },
                ]);
                setQ("");
              }}
            >
              <Text style={styles.optionText}>{data.name}</Text>
              <Text style={styles.optionSku}>{data.sku}</Text>
            </Pressable>
          ))
        : null}
      {estimate ? <QuoteTotals totals={toTotals(estimate)} estimated testID="builder-totals" /> : null}
      {problem}
      <View style={styles.actions}>
        <Button label="Save draft" variant="secondary" busy={busy === "save"} disabled={!ready || busy !== null} onPress={() => void save(false)} testID="save-quote" />
        <Button label="Save and submit" busy={busy === "submit"} disabled={!ready || busy !== null} onPress={() => void save(true)} testID="submit-quote" />
      </View>
      <Muted>Your current location is recorded with the quote when the phone allows it.</Muted>
    </View>
  );
}

function toTotals(estimate: NonNullable<ReturnType<typeof draftEstimate>["estimate"]>) {
  return {
    currency: estimate.currency,
    subtotal: estimate.subtotal,
    discount_total: estimate.discountTotal,
    tax_total: estimate.taxTotal,
    grand_total: estimate.grandTotal,
    tax_components: estimate.taxComponents,
  };
}

const styles = StyleSheet.create({
  hint: { marginBottom: space.sm },
  option: {
    flexDirection: "row",
    justifyContent: "space-between",
    padding: space.md,
    borderBottomWidth: 1,
    borderBottomColor: colors.border,
    backgroundColor: colors.surface,
    borderRadius: radius.sm,
  },
  optionText: { fontSize: font.body, color: colors.text, flexShrink: 1 },
  optionSku: { fontSize: font.small, color: colors.muted },
  actions: { flexDirection: "row", flexWrap: "wrap", gap: space.sm, marginVertical: space.md },
});
