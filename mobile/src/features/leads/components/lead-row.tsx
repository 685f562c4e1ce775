import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Badge, Card, Muted, Title } from "@/components/ui";
import { formatDate } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import { LEAD_SOURCES, leadName, STATUS_LABELS, type Lead } from "../api/leads";

export const statusTone = (status: Lead["status"]) =>
  status === "qualified" || status === "converted" ? "success" : status === "disqualified" ? "neutral" : "info";

export function LeadRow({ record, onPress }: { record: LocalRecord<Lead>; onPress: () => void }) {
  const lead = record.data;
  const source = LEAD_SOURCES.find((candidate) => candidate.value === lead.source)?.label ?? lead.source;
  return (
    <Card onPress={onPress} accessibilityLabel={leadName(lead)} testID={`lead-${lead.id}`}>
      <View style={styles.header}>
        <Title style={styles.name}>{leadName(lead)}</Title>
        <WriteStateBadge entityId={lead.id} isPending={record.isPending} />
      </View>
      <View style={styles.meta}>
        <Badge label={STATUS_LABELS[lead.status]} tone={statusTone(lead.status)} />
        {record.isPending ? null : <Badge label={`Score ${lead.score}`} />}
        <Muted>
          {source} · {formatDate(lead.captured_at)}
        </Muted>
      </View>
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  name: { flexShrink: 1 },
  meta: { flexDirection: "row", gap: space.sm, alignItems: "center", marginTop: space.xs, flexWrap: "wrap" },
});
