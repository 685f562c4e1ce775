import { Stack } from "expo-router";

// A screen opened from another tab (a new lead from my day) still has the list under it.
export const unstable_settings = { initialRouteName: "index" };

export default function CustomersStack() {
  return (
    <Stack>
      <Stack.Screen name="index" options={{ title: "Customers" }} />
      <Stack.Screen name="[customerId]/index" options={{ title: "Customer" }} />
      <Stack.Screen name="[customerId]/new-contact" options={{ title: "New contact", presentation: "modal" }} />
      <Stack.Screen name="[customerId]/contacts/[contactId]" options={{ title: "Edit contact", presentation: "modal" }} />
    </Stack>
  );
}
