import { Ionicons } from "@expo/vector-icons";
import { Stack, useRouter } from "expo-router";
import { Pressable } from "react-native";

import { colors, space } from "@/theme";

export const unstable_settings = { initialRouteName: "index" };

function Back() {
  const router = useRouter();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel="Back"
      onPress={() => (router.canGoBack() ? router.back() : router.replace("/"))}
      style={{ paddingRight: space.lg }}
    >
      <Ionicons name="arrow-back" size={24} color={colors.text} />
    </Pressable>
  );
}

/** Expenses, reached from my day: my reports, a new one, one report with its lines. */
export default function ExpensesStack() {
  return (
    <Stack screenOptions={{ headerLeft: () => <Back /> }}>
      <Stack.Screen name="index" options={{ title: "Expenses" }} />
      <Stack.Screen name="new" options={{ title: "New expense report" }} />
      <Stack.Screen name="[reportId]" options={{ title: "Expense report" }} />
    </Stack>
  );
}
