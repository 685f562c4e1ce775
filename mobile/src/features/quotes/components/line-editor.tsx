import { Pressable, StyleSheet, Text, View } from "react-native";

import { Body, Card, ChoiceChips, Muted, TextField } from "@/components/ui";
import { formatMoney } from "@/lib/format";
import { colors, font, space } from "@/theme";

import type { Product } from "../api/catalogue";
import { SOURCE_LABELS, type EstimatedLine } from "../api/pricing";
import type { DraftLine } from "../api/quotes";

export interface LineInput {
  key: string;
  productId: string;
  quantity: string;
  discountPercent: string;
  isOptional: boolean;
}

const QUANTITY = /^\d+(\.\d{1,4})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

export function lineErrors(input: LineInput): { quantity: string | null; discount: string | null } {
  const quantity = input.quantity.trim();
  const discount = input.discountPercent.trim();
  return {
    quantity: !QUANTITY.test(quantity) || Number(quantity) <= 0 ? "A quantity above 0, e.g. 2 or 1.5" : null,
    discount: !PERCENT.test(discount) || Number(discount) > 100 ? "A percent from 0 to 100" : null,
  };
}

const OPTIONAL_CHOICES = [
  { value: "included", label: "Included" },
  { value: "optional", label: "Optional" },
] as const;

/** One line of the quote being built: quantity, discount, optional, and its price with the rule that gave it. */
export function LineEditor({
  index,
  input,
  product,
  line,
  amounts,
  currency,
  onChange,
  onRemove,
}: {
  index: number;
  input: LineInput;
  product: Product | undefined;
  line: DraftLine | null;
  amounts: EstimatedLine | null;
  currency: string;
  onChange: (next: LineInput) => void;
  onRemove: () => void;
}) {
  const errors = lineErrors(input);
  const rule = line ? (SOURCE_LABELS[line.priceSource as keyof typeof SOURCE_LABELS] ?? line.priceSource) : null;
  return (
    <Card testID={`quote-line-${index}`}>
      <View style={styles.header}>
        <View style={styles.title}>
          <Body style={styles.name}>{product?.name ?? "Product not on this phone"}</Body>
          {product ? <Muted>{product.sku}</Muted> : null}
        </View>
        <Pressable accessibilityRole="button" accessibilityLabel={`Remove line ${index + 1}`} onPress={onRemove}>
          <Text style={styles.remove}>Remove</Text>
        </Pressable>
      </View>
      {line ? (
        <Muted testID={`quote-line-${index}-price`}>
          {formatMoney(line.unitPrice, currency)} / {line.unit} · {rule}
        </Muted>
      ) : (
        <Text style={styles.error}>No price for this customer in {currency} on this phone.</Text>
      )}
      <View style={styles.fields}>
        <View style={styles.field}>
          <TextField
            label="Quantity"
            value={input.quantity}
            keyboardType="decimal-pad"
            error={input.quantity.trim() ? errors.quantity : null}
            onChangeText={(quantity) => onChange({ ...input, quantity })}
            testID={`quote-line-${index}-quantity`}
          />
        </View>
        <View style={styles.field}>
          <TextField
            label="Discount %"
            value={input.discountPercent}
            keyboardType="decimal-pad"
            error={input.discountPercent.trim() ? errors.discount : null}
            onChangeText={(discountPercent) => onChange({ ...input, discountPercent })}
            testID={`quote-line-${index}-discount`}
          />
        </View>
      </View>
      <ChoiceChips
        choices={OPTIONAL_CHOICES}
        value={input.isOptional ? "optional" : "included"}
        onChange={(value) => onChange({ ...input, isOptional: value === "optional" })}
        testID={`quote-line-${index}-kind`}
      />
      {amounts ? (
        <Muted testID={`quote-line-${index}-total`}>
          Line total (estimate): {formatMoney(amounts.lineTotal, currency)}
          {input.isOptional ? " · not counted unless the customer takes it" : ""}
        </Muted>
      ) : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm, marginBottom: space.xs },
  title: { flexShrink: 1 },
  name: { fontWeight: "600" },
  remove: { color: colors.danger, fontSize: font.small, fontWeight: "600" },
  error: { color: colors.danger, fontSize: font.small },
  fields: { flexDirection: "row", gap: space.sm, marginTop: space.sm },
  field: { flex: 1 },
});
