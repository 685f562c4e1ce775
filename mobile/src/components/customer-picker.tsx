import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Pressable, StyleSheet, Text, View } from "react-native";

import { TextField } from "@/components/ui";
import { useServices } from "@/lib/sync/sync-provider";
import { colors, font, radius, space } from "@/theme";

export interface PickedCustomer {
  id: string;
  name: string;
}

/** Picks one of the customers cached on the phone (works offline). */
export function CustomerPicker({
  value,
  onChange,
  label = "Customer",
}: {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  label?: string;
}) {
  const { records } = useServices();
  const [q, setQ] = useState("");
  const matches = useQuery({
    queryKey: ["customers", "picker", q],
    queryFn: () => records.list<PickedCustomer>("customers", { q, limit: 5 }),
    enabled: q.trim().length > 0 && !value,
  });
  if (value) {
    return (
      <View style={styles.wrapper}>
        <Text style={styles.label}>{label}</Text>
        <Pressable accessibilityRole="button" onPress={() => onChange(null)} style={styles.selected}>
          <Text style={styles.selectedText}>{value.name}</Text>
          <Text style={styles.change}>Change</Text>
        </Pressable>
      </View>
    );
  }
  return (
    <View style={styles.wrapper}>
      <TextField label={label} placeholder="Search customers" value={q} onChangeText={setQ} testID="customer-picker" />
      {matches.data?.map(({ data }) => (
        <Pressable
          key={data.id}
          accessibilityRole="button"
          testID={`customer-option-${data.id}`}
          onPress={() => {
            onChange({ id: data.id, name: data.name });
            setQ("");
          }}
          style={styles.option}
        >
          <Text style={styles.optionText}>{data.name}</Text>
        </Pressable>
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  wrapper: { marginBottom: space.sm },
  label: { fontSize: font.small, color: colors.muted, marginBottom: space.xs, fontWeight: "600" },
  selected: {
    flexDirection: "row",
    justifyContent: "space-between",
    backgroundColor: colors.infoSoft,
    borderRadius: radius.sm,
    padding: space.md,
  },
  selectedText: { fontSize: font.body, color: colors.text, fontWeight: "600" },
  change: { fontSize: font.small, color: colors.primary },
  option: { padding: space.md, borderBottomWidth: 1, borderBottomColor: colors.border, backgroundColor: colors.surface },
  optionText: { fontSize: font.body, color: colors.text },
});
