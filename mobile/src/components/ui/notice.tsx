import { StyleSheet, Text, View } from "react-native";

import { colors, font, radius, space } from "@/theme";

/** A message box: an error's title and detail, or a hint. */
export function Notice({
  title,
  detail,
  tone = "danger",
  testID,
}: {
  title: string;
  detail?: string | null;
  tone?: "danger" | "warning" | "info";
  testID?: string;
}) {
  const palette =
    tone === "danger"
      ? { bg: colors.dangerSoft, fg: colors.danger }
      : tone === "warning"
        ? { bg: colors.warningSoft, fg: colors.warning }
        : { bg: colors.infoSoft, fg: colors.primary };
  return (
    <View accessibilityRole="alert" style={[styles.box, { backgroundColor: palette.bg }]} testID={testID}>
      <Text style={[styles.title, { color: palette.fg }]}>{title}</Text>
      {detail ? <Text style={[styles.detail, { color: palette.fg }]}>{detail}</Text> : null}
    </View>
  );
}

export function EmptyState({ message }: { message: string }) {
  return <Text style={styles.empty}>{message}</Text>;
}

const styles = StyleSheet.create({
  box: { borderRadius: radius.sm, padding: space.md, marginBottom: space.md },
  title: { fontSize: font.body, fontWeight: "600" },
  detail: { fontSize: font.small, marginTop: space.xs },
  empty: { color: colors.muted, fontSize: font.body, textAlign: "center", marginVertical: space.xl },
});
