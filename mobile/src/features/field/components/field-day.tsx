import { useRouter } from "expo-router";
import { useState } from "react";
import { StyleSheet, Text, View } from "react-native";

import { Badge, Button, Card, EmptyState, Muted, Notice, TextField, Title } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { formatTime } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { odometer } from "../api/duty";
import { VISIT_STATUS_LABELS, type Visit } from "../api/visits";
import { useDutyDay, useEndDuty, useStartDuty, useTodaysVisits } from "../hooks/use-field";
import { DutyTracker } from "./duty-tracker";

const STATUS_TONES = { planned: "neutral", checked_in: "info", completed: "success", cancelled: "neutral" } as const;

function DutyCard() {
  const day = useDutyDay();
  const start = useStartDuty();
  const end = useEndDuty();
  const [reading, setReading] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = day.data ?? null;
  const onDuty = !!current && !current.ended_at;

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      setReading("");
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card testID="duty-card">
      <DutyTracker onDuty={onDuty} />
      <View style={styles.row}>
        <Text style={styles.dutyTitle} testID="duty-status">
          {onDuty
            ? `On duty since ${formatTime(current.started_at)}`
            : current?.ended_at
              ? `Duty ended ${formatTime(current.ended_at)}`
              : "Off duty"}
        </Text>
        {current ? <WriteStateBadge entityId={current.id} /> : null}
      </View>
      {current?.start_odometer_km ? <Muted>Odometer at start: {current.start_odometer_km} km</Muted> : null}
      {current?.end_odometer_km ? <Muted>Odometer at end: {current.end_odometer_km} km</Muted> : null}
      {problem ? <Notice title="Could not do that" detail={problem} tone="danger" testID="duty-problem" /> : null}
      {!current?.ended_at ? (
        <View style={styles.dutyForm}>
          <View style={styles.odometer}>
            <TextField
              label="Odometer (km, optional)"
              value={reading}
              onChangeText={setReading}
              keyboardType="decimal-pad"
              testID="duty-odometer"
            />
          </View>
          <Button
            label={onDuty ? "End duty" : "Start duty"}
            variant={onDuty ? "secondary" : "primary"}
            busy={busy}
            onPress={() => void run(() => (onDuty ? end(current, odometer(reading)) : start(odometer(reading))))}
            testID={onDuty ? "end-duty" : "start-duty"}
          />
        </View>
      ) : null}
    </Card>
  );
}

function VisitRow({ visit }: { visit: Visit }) {
  const router = useRouter();
  return (
    <Card
      onPress={() => router.push({ pathname: "/field/visits/[visitId]", params: { visitId: visit.id } })}
      testID={`visit-${visit.id}`}
      accessibilityLabel={`Visit ${visit.customer_name ?? ""}`}
    >
      <View style={styles.row}>
        <Text style={styles.visitName} numberOfLines={1}>
          {visit.route_position}. {visit.customer_name ?? "Customer"}
        </Text>
        <Badge label={VISIT_STATUS_LABELS[visit.status]} tone={STATUS_TONES[visit.status]} />
      </View>
      {visit.purpose ? <Muted>{visit.purpose}</Muted> : null}
      <View style={styles.badges}>
        {!visit.is_planned ? <Badge label="Unplanned" tone="info" /> : null}
        {visit.is_flagged ? <Badge label="Flagged" tone="warning" /> : null}
        <WriteStateBadge entityId={visit.id} />
      </View>
    </Card>
  );
}

/** The field part of my day: duty, today's route, an unplanned visit, the to-do list. */
export function FieldDay() {
  const router = useRouter();
  const visits = useTodaysVisits();
  return (
    <View testID="field-day">
      <DutyCard />
      <Title style={styles.section}>Today&apos;s route</Title>
      {visits.data?.length === 0 ? <EmptyState message="No visits planned for today." /> : null}
      {visits.data?.map((visit) => <VisitRow key={visit.id} visit={visit} />)}
      <View style={styles.actions}>
        <View style={styles.action}>
          <Button label="Unplanned visit" variant="secondary" onPress={() => router.push("/field/check-in")} testID="unplanned-visit" />
        </View>
        <View style={styles.action}>
          <Button label="To-dos" variant="secondary" onPress={() => router.push("/field/todos")} testID="open-todos" />
        </View>
      </View>
      <View style={styles.actions}>
        <View style={styles.action}>
          <Button label="Expenses" variant="secondary" onPress={() => router.push("/expenses")} testID="open-expenses" />
        </View>
      </View>
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm },
  dutyTitle: { fontSize: font.title, fontWeight: "700", color: colors.text, flexShrink: 1 },
  dutyForm: { marginTop: space.md },
  odometer: {},
  visitName: { fontSize: font.body, fontWeight: "600", color: colors.text, flexShrink: 1 },
  badges: { flexDirection: "row", gap: space.xs, marginTop: space.xs, flexWrap: "wrap" },
  section: { marginTop: space.lg, marginBottom: space.sm },
  actions: { flexDirection: "row", gap: space.sm, marginTop: space.sm },
  action: { flex: 1 },
});
