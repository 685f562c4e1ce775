import { StyleSheet, Text, View } from "react-native";

import { PhotoButtons } from "@/components/photo-buttons";
import { PhotoStrip } from "@/components/photo-strip";
import { Badge, Card, Muted } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { mergeFiles } from "@/lib/files/hooks";
import type { LocalFile } from "@/lib/files/local-files";
import { formatDate, formatMoney } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { CATEGORY_LABELS, vehicleLabel, type ExpenseLine } from "../api/expenses";
import { useExpenseActions } from "../hooks/use-expenses";

/** A line as the server answered it (or as the phone drafted it, marked Pending), with its receipts. */
export function ExpenseLineCard({ line, localReceipts, editable }: { line: ExpenseLine; localReceipts: LocalFile[]; editable: boolean }) {
  const actions = useExpenseActions();
  const receipts = mergeFiles(line.receipts, localReceipts);
  return (
    <Card testID={`expense-line-${line.id}`}>
      <View style={styles.row}>
        <Text style={styles.category}>{CATEGORY_LABELS[line.category]}</Text>
        <Text style={styles.amount} testID={`expense-line-amount-${line.id}`}>
          {formatMoney(line.amount, line.currency)}
        </Text>
      </View>
      <Muted>
        {formatDate(line.expense_date)}
        {line.category === "mileage" && line.distance_km ? ` · ${line.distance_km} km` : ""}
        {line.vehicle_type ? ` · ${vehicleLabel(line.vehicle_type)}` : ""}
      </Muted>
      {line.notes ? <Muted>{line.notes}</Muted> : null}
      <View style={styles.badges}>
        {line.is_over_limit ? <Badge label="Above the policy limit" tone="warning" testID={`over-limit-${line.id}`} /> : null}
        {line.decision === "rejected" ? <Badge label="Rejected" tone="danger" /> : null}
        {line.decision === "approved" ? <Badge label="Approved" tone="success" /> : null}
        <WriteStateBadge entityId={line.id} />
      </View>
      {line.decision_comment ? <Muted>Approver: {line.decision_comment}</Muted> : null}
      <Muted>{receipts.length === 0 ? "No receipt" : `Receipt${receipts.length === 1 ? "" : "s"}`}</Muted>
      <PhotoStrip files={receipts} testID={`receipts-${line.id}`} />
      {editable ? <PhotoButtons onPicked={(photo) => actions.addReceipt(line, photo)} takeLabel="Add receipt" testID={`add-receipt-${line.id}`} /> : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm },
  category: { fontSize: font.body, fontWeight: "600", color: colors.text },
  amount: { fontSize: font.body, fontWeight: "700", color: colors.text },
  badges: { flexDirection: "row", gap: space.xs, flexWrap: "wrap", marginTop: space.xs },
});
