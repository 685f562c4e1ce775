import { Stack } from "expo-router";

// A screen opened from another tab (a new lead from my day) still has the list under it.
export const unstable_settings = { initialRouteName: "index" };

export default function PipelineStack() {
  return (
    <Stack>
      <Stack.Screen name="index" options={{ title: "My pipeline" }} />
      <Stack.Screen name="[opportunityId]" options={{ title: "Deal" }} />
    </Stack>
  );
}
