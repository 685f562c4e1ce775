import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Badge, Body, Button, Card, Muted, TextField } from "@/components/ui";
import { formatDateTime, formatTime } from "@/lib/format";
import type { LocalRecord } from "@/lib/local-records";
import { space } from "@/theme";

import { ACTIVITY_TYPES, type Activity } from "../api/activities";
import { useCompleteActivity } from "../hooks/use-activities";

export function ActivityCard({ record, showDate }: { record: LocalRecord<Activity>; showDate?: boolean }) {
  const activity = record.data;
  const complete = useCompleteActivity();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState("");
  const type = ACTIVITY_TYPES.find((candidate) => candidate.value === activity.type)?.label ?? activity.type;
  const starts = showDate ? formatDateTime(activity.scheduled_at) : formatTime(activity.scheduled_at);
  const when = activity.ends_at ? `${starts}–${formatTime(activity.ends_at)}` : starts;
  return (
    <Card testID={`activity-${activity.id}`}>
      <View style={styles.header}>
        <Body style={styles.subject}>{activity.subject}</Body>
        <WriteStateBadge entityId={activity.id} isPending={record.isPending} />
      </View>
      <View style={styles.meta}>
        <Badge label={type} tone="info" />
        <Muted>{when}</Muted>
        {activity.status === "done" ? <Badge label="Done" tone="success" /> : null}
      </View>
      {activity.location ? <Muted>{activity.location}</Muted> : null}
      {activity.outcome ? <Body>{activity.outcome}</Body> : null}
      {activity.status === "planned" && !closing ? (
        <View style={styles.actions}>
          <Button label="Complete" variant="secondary" onPress={() => setClosing(true)} testID={`complete-${activity.id}`} />
        </View>
      ) : null}
      {closing ? (
        <View style={styles.actions}>
          <TextField label="Outcome" value={outcome} onChangeText={setOutcome} multiline />
          <Button
            label="Mark done"
            onPress={() => {
              setClosing(false);
              void complete(activity, outcome.trim() || null);
            }}
          />
        </View>
      ) : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  subject: { flexShrink: 1, fontWeight: "600" },
  meta: { flexDirection: "row", gap: space.sm, alignItems: "center", marginTop: space.xs },
  actions: { marginTop: space.sm },
});
