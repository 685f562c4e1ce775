import { createContext, useContext, useMemo, useRef, type ReactNode } from "react";
import { RefreshControl, ScrollView, StyleSheet, View } from "react-native";

import { colors, space } from "@/theme";

interface ScreenScroll {
  /** Brings the end of the screen (where a form's Save button and its errors are) into view. */
  revealEnd(): void;
}

const ScreenScrollContext = createContext<ScreenScroll | null>(null);

export function useScreenScroll(): ScreenScroll | null {
  return useContext(ScreenScrollContext);
}

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
  const scrollView = useRef<ScrollView>(null);
  const context = useMemo<ScreenScroll>(
    () => ({ revealEnd: () => scrollView.current?.scrollToEnd({ animated: true }) }),
    [],
  );
  if (!scroll) return <View style={[styles.screen, styles.content]} testID={testID}>{children}</View>;
  return (
    <ScreenScrollContext.Provider value={context}>
      <ScrollView
        ref={scrollView}
        style={styles.screen}
        testID={testID}
        contentContainerStyle={styles.content}
        keyboardShouldPersistTaps="handled"
        refreshControl={onRefresh ? <RefreshControl refreshing={refreshing} onRefresh={onRefresh} /> : undefined}
      >
        {children}
      </ScrollView>
    </ScreenScrollContext.Provider>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, backgroundColor: colors.background },
  content: { padding: space.lg, paddingBottom: space.xl * 2 },
});
