import { StyleSheet, Text, type TextProps } from "react-native";

import { colors, font, space } from "@/theme";

export const Title = (props: TextProps) => <Text {...props} style={[styles.title, props.style]} />;
export const Heading = (props: TextProps) => (
  <Text accessibilityRole="header" {...props} style={[styles.heading, props.style]} />
);
export const Body = (props: TextProps) => <Text {...props} style={[styles.body, props.style]} />;
export const Muted = (props: TextProps) => <Text {...props} style={[styles.muted, props.style]} />;

const styles = StyleSheet.create({
  heading: { fontSize: font.heading, fontWeight: "700", color: colors.text, marginBottom: space.sm },
  title: { fontSize: font.title, fontWeight: "600", color: colors.text },
  body: { fontSize: font.body, color: colors.text },
  muted: { fontSize: font.small, color: colors.muted },
});
