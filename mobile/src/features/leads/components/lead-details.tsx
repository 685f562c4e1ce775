import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Badge, Body, Heading, Muted, Title } from "@/components/ui";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import { LEAD_SOURCES, leadName, STATUS_LABELS, type Lead } from "../api/leads";
import { statusTone } from "./lead-row";

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <View style={styles.line}>
      <Muted>{label}</Muted>
      <Body>{value}</Body>
    </View>
  );
}

export function LeadDetails({ record }: { record: LocalRecord<Lead> }) {
  const lead = record.data;
  const place = [lead.address.city, lead.address.state, lead.address.postal_code].filter(Boolean).join(", ");
  return (
    <View>
      <View style={styles.header}>
        <Heading style={styles.name}>{leadName(lead)}</Heading>
        <WriteStateBadge entityId={lead.id} isPending={record.isPending} />
      </View>
      <View style={styles.badges}>
        <Badge label={STATUS_LABELS[lead.status]} tone={statusTone(lead.status)} testID="lead-status" />
        {record.isPending ? null : <Badge label={`Score ${lead.score}`} tone="info" />}
      </View>
      <Line label="Phone" value={lead.phone} />
      <Line label="Email" value={lead.email} />
      <Line label="Source" value={LEAD_SOURCES.find((source) => source.value === lead.source)?.label ?? lead.source} />
      <Line label="Place" value={place} />
      <Line label="Product interest" value={lead.product_interest} />
      <Line label="Estimated value" value={lead.estimated_value ? formatMoney(lead.estimated_value, lead.currency) : null} />
      <Line label="Captured" value={formatDateTime(lead.captured_at)} />
      <Line
        label="Location"
        value={
          lead.capture_latitude !== null && lead.capture_longitude !== null
            ? `${lead.capture_latitude.toFixed(5)}, ${lead.capture_longitude.toFixed(5)}`
            : null
        }
      />
      <Line label="Disqualified because" value={lead.disqualify_reason} />
      <Line label="Notes" value={lead.notes} />
      {lead.score_factors.length > 0 ? (
        <View style={styles.factors}>
          <Title>Why this score</Title>
          {lead.score_factors.map((factor) => (
            <Muted key={`${factor.factor}-${factor.reason}`}>
              {factor.points > 0 ? "+" : ""}
              {factor.points} · {factor.reason}
            </Muted>
          ))}
        </View>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  name: { flexShrink: 1 },
  badges: { flexDirection: "row", gap: space.sm, marginBottom: space.md },
  line: { marginBottom: space.sm },
  factors: { marginTop: space.md, gap: space.xs },
});
