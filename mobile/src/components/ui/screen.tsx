import type { ReactNode } from "react";
import { RefreshControl, ScrollView, StyleSheet, View } from "react-native";

import { colors, space } from "@/theme";

/** A screen's scrolling body; pull to refresh when `onRefresh` is given. */
export function Screen({
  children,
  onRefresh,
  refreshing = false,
  scroll = true,
  testID,
}: {
  children: ReactNode;
  onRefresh?: () => void;
  refreshing?: boolean;
  scroll?: boolean;
  testID?: string;
}) {
  if (!scroll) return <View style={[styles.screen, styles.content]} testID={testID}>{children}</View>;
  return (
    <ScrollView
      style={styles.screen}
      testID={testID}
      contentContainerStyle={styles.content}
      keyboardShouldPersistTaps="handled"
      refreshControl={onRefresh ? <RefreshControl refreshing={refreshing} onRefresh={onRefresh} /> : undefined}
    >
      {children}
    </ScrollView>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, backgroundColor: colors.background },
  content: { padding: space.lg, paddingBottom: space.xl * 2 },
});
