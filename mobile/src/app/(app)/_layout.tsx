import { Ionicons } from "@expo/vector-icons";
import { Tabs } from "expo-router";
import type { ColorValue } from "react-native";

import { t } from "@/i18n";
import { useOutboxItems } from "@/lib/sync/hooks";
import { colors } from "@/theme";

type IconName = keyof typeof Ionicons.glyphMap;

function icon(name: IconName) {
  return function TabIcon({ color, size }: { color: ColorValue; size: number }) {
    return <Ionicons name={name} color={color as string} size={size} />;
  };
}

export default function AppTabs() {
  const pending = useOutboxItems().length;
  return (
    <Tabs screenOptions={{ tabBarActiveTintColor: colors.primary, headerTitleStyle: { fontWeight: "700" } }}>
      <Tabs.Screen name="index" options={{ title: t("tabs.today"), tabBarIcon: icon("today-outline"), tabBarButtonTestID: "tab-today" }} />
      <Tabs.Screen
        name="customers"
        options={{
          title: t("tabs.customers"),
          headerShown: false,
          tabBarIcon: icon("business-outline"),
          tabBarButtonTestID: "tab-customers",
        }}
      />
      <Tabs.Screen
        name="sync"
        options={{
          title: t("tabs.sync"),
          tabBarIcon: icon("sync-outline"),
          tabBarBadge: pending > 0 ? pending : undefined,
          tabBarButtonTestID: "tab-sync",
        }}
      />
    </Tabs>
  );
}
