import { StyleSheet, Text, View } from "react-native";

import { Badge, Card, EmptyState, Muted } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { formatDate, formatMoney } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { STATUS_LABELS, STATUS_TONES, type ExpenseReport, type ReportTotals } from "../api/expenses";
import { useExpenseReports } from "../hooks/use-expenses";

function ReportRow({ report, totals, onOpen }: { report: ExpenseReport; totals: ReportTotals; onOpen: () => void }) {
  return (
    <Card onPress={onOpen} testID={`expense-report-${report.id}`} accessibilityLabel={`Expense report ${report.title}`}>
      <View style={styles.row}>
        <Text style={styles.title} numberOfLines={1}>
          {report.title}
        </Text>
        <Badge label={STATUS_LABELS[report.status]} tone={STATUS_TONES[report.status]} testID={`expense-status-${report.id}`} />
      </View>
      <Muted>
        {formatDate(report.period_start)}
        {report.period_end !== report.period_start ? ` – ${formatDate(report.period_end)}` : ""} · {totals.lineCount} line
        {totals.lineCount === 1 ? "" : "s"}
      </Muted>
      <View style={styles.row}>
        <Text style={styles.total} testID={`expense-total-${report.id}`}>
          {formatMoney(totals.total, report.currency)}
        </Text>
        <View style={styles.badges}>
          {totals.overLimitCount > 0 ? <Badge label={`${totals.overLimitCount} above the limit`} tone="warning" /> : null}
          <WriteStateBadge entityId={report.id} />
        </View>
      </View>
    </Card>
  );
}

/** My expense reports with their status and totals, from the phone's copy. */
export function ExpenseReportList({ onOpen }: { onOpen: (reportId: string) => void }) {
  const reports = useExpenseReports();
  if (reports.isLoading) return null;
  if (!reports.data?.length) return <EmptyState message="No expense reports yet." />;
  return (
    <View testID="expense-reports">
      {reports.data.map(({ report, totals }) => (
        <ReportRow key={report.id} report={report} totals={totals} onOpen={() => onOpen(report.id)} />
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm },
  title: { fontSize: font.body, fontWeight: "600", color: colors.text, flexShrink: 1 },
  total: { fontSize: font.title, fontWeight: "700", color: colors.text, marginTop: space.xs },
  badges: { flexDirection: "row", gap: space.xs, flexWrap: "wrap", justifyContent: "flex-end", flexShrink: 1 },
});
