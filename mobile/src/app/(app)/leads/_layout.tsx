import { Stack } from "expo-router";

// A screen opened from another tab (a new lead from my day) still has the list under it.
export const unstable_settings = { initialRouteName: "index" };

export default function LeadsStack() {
  return (
    <Stack>
      <Stack.Screen name="index" options={{ title: "Leads" }} />
      <Stack.Screen name="new" options={{ title: "New lead" }} />
      <Stack.Screen name="[leadId]" options={{ title: "Lead" }} />
    </Stack>
  );
}
