import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Stack } from "expo-router";
import { StatusBar } from "expo-status-bar";
import { ActivityIndicator, Platform, StyleSheet, View } from "react-native";
import { SafeAreaProvider } from "react-native-safe-area-context";

import { Button, Notice } from "@/components/ui";
import { configureReminderDisplay } from "@/features/activities/api/reminders";
import { t } from "@/i18n";
import { openAppDatabase } from "@/lib/db";
import { sessionStorage } from "@/lib/auth/session-storage";
import { useAuthState } from "@/lib/auth/hooks";
import { newId } from "@/lib/random";
import { ServicesProvider, type ServicesDependencies } from "@/lib/sync/sync-provider";
import { syncConfig } from "@/sync-config";
import { colors, space } from "@/theme";

// Queries read the phone's own database, so they run with or without a network.
const queryClient = new QueryClient({
  defaultOptions: { queries: { networkMode: "always", retry: false, staleTime: 0 } },
});

const dependencies: ServicesDependencies = { openDatabase: openAppDatabase, sessionStorage, newId };

configureReminderDisplay();

function Loading() {
  return (
    <View style={styles.loading} testID="app-loading">
      <ActivityIndicator color={colors.primary} />
    </View>
  );
}

/**
 * The database would not open. In a browser "Try again" loads the page afresh: a
 * failed start leaves expo-sqlite's database worker broken for the page's life.
 */
function CannotStart({ error, retry }: { error: Error; retry: () => void }) {
  const again = Platform.OS === "web" && typeof window !== "undefined" ? () => window.location.reload() : retry;
  return (
    <View style={styles.loading} testID="cannot-start">
      <View style={styles.failure}>
        <Notice title={t("app.cannotStart")} detail={error.message} />
        <Button label={t("common.retry")} onPress={again} testID="start-again" />
      </View>
    </View>
  );
}

function RootNavigator() {
  const auth = useAuthState();
  if (auth.status === "loading") return <Loading />;
  const signedIn = auth.status === "signed-in";
  return (
    <Stack screenOptions={{ headerShown: false }}>
      <Stack.Protected guard={signedIn}>
        <Stack.Screen name="(app)" />
      </Stack.Protected>
      <Stack.Protected guard={!signedIn}>
        <Stack.Screen name="sign-in" />
      </Stack.Protected>
    </Stack>
  );
}

export default function RootLayout() {
  return (
    <QueryClientProvider client={queryClient}>
      <SafeAreaProvider>
        <StatusBar style="dark" />
        <ServicesProvider
          dependencies={dependencies}
          config={syncConfig}
          fallback={<Loading />}
          failure={(error, retry) => <CannotStart error={error} retry={retry} />}
        >
          <RootNavigator />
        </ServicesProvider>
      </SafeAreaProvider>
    </QueryClientProvider>
  );
}

const styles = StyleSheet.create({
  loading: { flex: 1, alignItems: "center", justifyContent: "center", backgroundColor: colors.background },
  failure: { width: "100%", maxWidth: 480, padding: space.lg },
});
