import { Stack } from "expo-router";

export default function CustomersStack() {
  return (
    <Stack>
      <Stack.Screen name="index" options={{ title: "Customers" }} />
      <Stack.Screen name="[customerId]/index" options={{ title: "Customer" }} />
      <Stack.Screen name="[customerId]/new-contact" options={{ title: "New contact", presentation: "modal" }} />
    </Stack>
  );
}
