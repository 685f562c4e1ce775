import { Ionicons } from "@expo/vector-icons";
import { Tabs, useRouter } from "expo-router";
import { Pressable, type ColorValue } from "react-native";

import { t } from "@/i18n";
import { useOutboxItems } from "@/lib/sync/hooks";
import { colors, space } from "@/theme";

type IconName = keyof typeof Ionicons.glyphMap;

function icon(name: IconName) {
  return function TabIcon({ color, size }: { color: ColorValue; size: number }) {
    return <Ionicons name={name} color={color as string} size={size} />;
  };
}

function BackButton() {
  const router = useRouter();
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel="Back"
      onPress={() => (router.canGoBack() ? router.back() : router.replace("/"))}
      style={{ paddingHorizontal: space.lg }}
    >
      <Ionicons name="arrow-back" size={24} color={colors.text} />
    </Pressable>
  );
}

export default function AppTabs() {
  const items = useOutboxItems();
  const failed = items.some((item) => item.status === "failed");
  return (
    <Tabs screenOptions={{ tabBarActiveTintColor: colors.primary, headerTitleStyle: { fontWeight: "700" } }}>
      <Tabs.Screen
        name="index"
        options={{ title: t("tabs.today"), tabBarIcon: icon("today-outline"), tabBarButtonTestID: "tab-today" }}
      />
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
        name="leads"
        options={{
          title: t("tabs.leads"),
          headerShown: false,
          tabBarIcon: icon("person-add-outline"),
          tabBarButtonTestID: "tab-leads",
        }}
      />
      <Tabs.Screen
        name="pipeline"
        options={{
          title: t("tabs.pipeline"),
          headerShown: false,
          tabBarIcon: icon("funnel-outline"),
          tabBarButtonTestID: "tab-pipeline",
        }}
      />
      <Tabs.Screen
        name="quotes"
        options={{
          title: t("tabs.quotes"),
          headerShown: false,
          tabBarIcon: icon("document-text-outline"),
          tabBarButtonTestID: "tab-quotes",
        }}
      />
      <Tabs.Screen
        name="sync"
        options={{
          title: t("tabs.sync"),
          tabBarIcon: icon(failed ? "alert-circle-outline" : "sync-outline"),
          tabBarBadge: items.length > 0 ? items.length : undefined,
          tabBarBadgeStyle: { backgroundColor: failed ? colors.danger : colors.warning },
          tabBarButtonTestID: "tab-sync",
        }}
      />
      <Tabs.Screen name="field" options={{ href: null, headerShown: false }} />
      <Tabs.Screen name="expenses" options={{ href: null, headerShown: false }} />
      <Tabs.Screen
        name="activities/new"
        options={{ href: null, title: "Log activity", headerLeft: () => <BackButton /> }}
      />
    </Tabs>
  );
}
