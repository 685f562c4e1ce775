import { StyleSheet, Text, TextInput, View, type TextInputProps } from "react-native";

import { colors, font, radius, space } from "@/theme";

export function TextField({
  label,
  error,
  ...input
}: TextInputProps & { label: string; error?: string | null }) {
  return (
    <View style={styles.wrapper}>
      <Text style={styles.label}>{label}</Text>
      <TextInput
        accessibilityLabel={label}
        placeholderTextColor={colors.muted}
        style={[styles.input, error ? styles.invalid : null, input.multiline ? styles.multiline : null]}
        {...input}
      />
      {error ? <Text style={styles.error}>{error}</Text> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  wrapper: { marginBottom: space.md },
  label: { fontSize: font.small, color: colors.muted, marginBottom: space.xs, fontWeight: "600" },
  input: {
    backgroundColor: colors.surface,
    borderWidth: 1,
    borderColor: colors.border,
    borderRadius: radius.sm,
    paddingHorizontal: space.md,
    paddingVertical: space.sm,
    fontSize: font.body,
    color: colors.text,
    minHeight: 44,
  },
  multiline: { minHeight: 88, textAlignVertical: "top" },
  invalid: { borderColor: colors.danger },
  error: { color: colors.danger, fontSize: font.small, marginTop: space.xs },
});
