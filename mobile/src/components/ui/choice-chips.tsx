import { Pressable, StyleSheet, Text, View } from "react-native";

import { colors, font, radius, space } from "@/theme";

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A single choice among a few options, shown as chips. */
export function ChoiceChips<T extends string>({
  label,
  choices,
  value,
  onChange,
  testID,
}: {
  label?: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Each chip gets `${testID}-${value}`. */
  testID?: string;
}) {
  return (
    <View style={styles.wrapper}>
      {label ? <Text style={styles.label}>{label}</Text> : null}
      <View style={styles.row} accessibilityRole="radiogroup">
        {choices.map((choice) => {
          const selected = choice.value === value;
          return (
            <Pressable
              key={choice.value}
              accessibilityRole="radio"
              // A radio is checked (aria-checked): the web export renders it as an attribute, which accessibilityState is not.
              aria-checked={selected}
              onPress={() => onChange(choice.value)}
              testID={testID ? `${testID}-${choice.value}` : undefined}
              style={[styles.chip, selected && styles.selected]}
            >
              <Text style={[styles.text, selected && styles.selectedText]}>{choice.label}</Text>
            </Pressable>
          );
        })}
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  wrapper: { marginBottom: space.md },
  label: { fontSize: font.small, color: colors.muted, marginBottom: space.xs, fontWeight: "600" },
  row: { flexDirection: "row", flexWrap: "wrap", gap: space.sm },
  chip: {
    borderWidth: 1,
    borderColor: colors.border,
    backgroundColor: colors.surface,
    borderRadius: radius.lg,
    paddingHorizontal: space.md,
    paddingVertical: space.xs + 2,
  },
  selected: { backgroundColor: colors.primary, borderColor: colors.primary },
  text: { fontSize: font.small, color: colors.text },
  selectedText: { color: colors.primaryText, fontWeight: "600" },
});
