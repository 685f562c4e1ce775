import { Stack } from "expo-router";

export const unstable_settings = { initialRouteName: "index" };

export default function QuotesStack() {
  return (
    <Stack>
      <Stack.Screen name="index" options={{ title: "Quotes" }} />
      <Stack.Screen name="new" options={{ title: "New quote" }} />
      <Stack.Screen name="[quoteId]" options={{ title: "Quote" }} />
    </Stack>
  );
}
