import { StyleSheet, Text, View } from "react-native";

import { colors, font, radius, space } from "@/theme";

type Tone = "neutral" | "info" | "warning" | "danger" | "success";

const TONES: Record<Tone, { background: string; text: string }> = {
  neutral: { background: colors.background, text: colors.muted },
  info: { background: colors.infoSoft, text: colors.primary },
  warning: { background: colors.warningSoft, text: colors.warning },
  danger: { background: colors.dangerSoft, text: colors.danger },
  success: { background: colors.successSoft, text: colors.success },
};

export function Badge({ label, tone = "neutral", testID }: { label: string; tone?: Tone; testID?: string }) {
  const palette = TONES[tone];
  return (
    <View style={[styles.badge, { backgroundColor: palette.background }]} testID={testID}>
      <Text style={[styles.text, { color: palette.text }]}>{label}</Text>
    </View>
  );
}

const styles = StyleSheet.create({
  badge: { borderRadius: radius.sm, paddingHorizontal: space.sm, paddingVertical: 2, alignSelf: "flex-start" },
  text: { fontSize: font.small, fontWeight: "600" },
});
