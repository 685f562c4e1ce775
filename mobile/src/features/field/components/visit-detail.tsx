import { useState } from "react";
import { StyleSheet, Text, View } from "react-native";

import { PhotoButtons } from "@/components/photo-buttons";
import { PhotoStrip } from "@/components/photo-strip";
import { Badge, Body, Button, Card, Muted, Notice, Title } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { mergeFiles, useLocalFiles } from "@/lib/files/hooks";
import type { PickedPhoto } from "@/lib/files/pick-photo";
import { formatDate, formatTime } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { checkDistance, distanceWarning, formatDistance } from "../api/distance";
import { VISIT_STATUS_LABELS, type Visit, type VisitReport } from "../api/visits";
import { useCustomerPoint, usePhonePosition, useVisit, useVisitActions, useVisitReport } from "../hooks/use-field";
import { ReportForm } from "./report-form";

function DistanceLine({ visit }: { visit: Visit }) {
  const customer = useCustomerPoint(visit.customer_id);
  const phone = usePhonePosition(visit.status === "planned" || visit.status === "checked_in");
  if (visit.status === "completed" || visit.status === "cancelled") return null;
  if (customer.data === null) return <Muted testID="visit-distance">The customer&apos;s address has no coordinates.</Muted>;
  if (!customer.data || phone.data === undefined) return null;
  if (phone.data === null) return <Muted testID="visit-distance">The phone&apos;s location is not available.</Muted>;
  const check = checkDistance(phone.data, customer.data);
  // Once checked in, the server's flag says it; the warning is for the moment before.
  const warning = visit.status === "planned" ? distanceWarning(check) : null;
  return (
    <View>
      <Text style={[styles.distance, check.outside ? styles.far : null]} testID="visit-distance">
        {check.distanceM === null ? "" : `${formatDistance(check.distanceM)} from the customer`}
      </Text>
      {warning ? <Notice title="Far from the customer" detail={warning} tone="warning" testID="distance-warning" /> : null}
    </View>
  );
}

function ReportView({ report, onAddPhoto }: { report: VisitReport; onAddPhoto: (photo: PickedPhoto) => Promise<unknown> }) {
  const local = useLocalFiles([report.id]);
  const photos = mergeFiles(report.photos, local.data?.get(report.id) ?? []);
  return (
    <Card testID="visit-report">
      <View style={styles.row}>
        <Title>Visit report</Title>
        <WriteStateBadge entityId={report.id} />
      </View>
      {report.purpose ? <Muted>Purpose: {report.purpose}</Muted> : null}
      <Body>{report.outcome}</Body>
      {report.contacts_met.length ? <Muted>Met: {report.contacts_met.map((contact) => contact.name).filter(Boolean).join(", ")}</Muted> : null}
      {report.products_discussed.length ? (
        <Muted>Products: {report.products_discussed.map((product) => product.name).filter(Boolean).join(", ")}</Muted>
      ) : null}
      {report.next_steps ? <Muted>Next steps: {report.next_steps}</Muted> : null}
      {report.next_visit_date ? <Muted>Next visit: {formatDate(report.next_visit_date)}</Muted> : null}
      <Muted>{photos.length === 0 ? "No photos" : `${photos.length} photo${photos.length === 1 ? "" : "s"}`}</Muted>
      <PhotoStrip files={photos} testID="report-photos" />
      <PhotoButtons onPicked={onAddPhoto} takeLabel="Add photo" testID="report-add-photo" />
    </Card>
  );
}

export function VisitDetail({ visitId }: { visitId: string }) {
  const visit = useVisit(visitId);
  const report = useVisitReport(visitId);
  const actions = useVisitActions();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const data = visit.data?.data;
  if (visit.isLoading) return null;
  if (!data) return <Notice title="This visit is not on the phone" tone="warning" />;

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View testID="visit-detail">
      <Card>
        <View style={styles.row}>
          <Text style={styles.name}>{data.customer_name ?? "Customer"}</Text>
          <Badge label={VISIT_STATUS_LABELS[data.status]} tone={data.status === "completed" ? "success" : "info"} testID="visit-status" />
        </View>
        <Muted>
          {formatDate(data.planned_date)} · stop {data.route_position}
          {data.is_planned ? "" : " · unplanned"}
        </Muted>
        {data.purpose ? <Body>{data.purpose}</Body> : null}
        {data.checked_in_at ? <Muted>Checked in {formatTime(data.checked_in_at)}</Muted> : null}
        {data.checked_out_at ? (
          <Muted>
            Checked out {formatTime(data.checked_out_at)}
            {data.duration_minutes !== null ? ` · ${data.duration_minutes} min` : ""}
          </Muted>
        ) : null}
        {data.check_in_distance_m !== null ? (
          <Muted>Server: checked in {formatDistance(data.check_in_distance_m)} from the address</Muted>
        ) : null}
        {data.is_flagged ? <Badge label="Flagged for review" tone="warning" /> : null}
        <WriteStateBadge entityId={data.id} />
        <DistanceLine visit={data} />
      </Card>
      {problem ? <Notice title="Could not do that" detail={problem} tone="danger" testID="visit-problem" /> : null}
      {data.status === "planned" ? (
        <View style={styles.action}>
          <Button label="Check in" busy={busy} onPress={() => void run(() => actions.checkIn(data))} testID="check-in" />
        </View>
      ) : null}
      {data.status === "checked_in" ? (
        <View style={styles.action}>
          <Button
            label="Check out"
            variant="secondary"
            busy={busy}
            onPress={() => void run(() => actions.checkOut(data))}
            testID="check-out"
          />
        </View>
      ) : null}
      {report.data ? (
        <ReportView report={report.data.data} onAddPhoto={(photo) => actions.addReportPhoto(data, report.data!.data, photo)} />
      ) : null}
      {!report.data && !report.isLoading && (data.status === "checked_in" || data.status === "completed") ? (
        <ReportForm onSave={(form, photos) => actions.fileReport(data, form, photos)} defaultPurpose={data.purpose ?? ""} />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm, marginBottom: space.xs },
  name: { fontSize: font.title, fontWeight: "700", color: colors.text, flexShrink: 1 },
  distance: { fontSize: font.body, fontWeight: "600", color: colors.success, marginTop: space.sm },
  far: { color: colors.warning },
  action: { marginBottom: space.md },
});
