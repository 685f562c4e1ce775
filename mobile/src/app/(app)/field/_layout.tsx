import { Ionicons } from "@expo/vector-icons";
import { Stack, useRouter } from "expo-router";
import { Pressable } from "react-native";

import { colors, space } from "@/theme";

function BackToToday() {
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

/** Field work reached from my day: a visit, an unplanned check-in, the to-do list. */
export default function FieldStack() {
  return (
    <Stack screenOptions={{ headerLeft: () => <BackToToday /> }}>
      <Stack.Screen name="visits/[visitId]" options={{ title: "Visit" }} />
      <Stack.Screen name="check-in" options={{ title: "Unplanned visit" }} />
      <Stack.Screen name="todos" options={{ title: "To-dos" }} />
    </Stack>
  );
}
