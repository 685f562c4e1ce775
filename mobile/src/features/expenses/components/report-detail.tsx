import { useState } from "react";
import { StyleSheet, Text, View } from "react-native";

import { Badge, Button, Card, Muted, Notice, Title } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { formatDate, formatMoney } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { CATEGORY_LABELS, isEditable, STATUS_LABELS, STATUS_TONES, type ExpenseReport, type ReportTotals } from "../api/expenses";
import { useExpenseActions, useExpenseReport, useReceipts } from "../hooks/use-expenses";
import { ExpenseLineCard } from "./line-card";
import { ExpenseLineForm } from "./line-form";

function Header({ report, totals }: { report: ExpenseReport; totals: ReportTotals }) {
  return (
    <Card testID="expense-report-header">
      <View style={styles.row}>
        <Text style={styles.title}>{report.title}</Text>
        <Badge label={STATUS_LABELS[report.status]} tone={STATUS_TONES[report.status]} testID="expense-report-status" />
      </View>
      <Muted>
        {formatDate(report.period_start)}
        {report.period_end !== report.period_start ? ` – ${formatDate(report.period_end)}` : ""} · {report.currency}
      </Muted>
      <WriteStateBadge entityId={report.id} />
      <Text style={styles.total} testID="expense-report-total">
        {formatMoney(totals.total, report.currency)}
      </Text>
      {totals.approvedTotal !== totals.total ? (
        <Muted>Approved: {formatMoney(totals.approvedTotal, report.currency)}</Muted>
      ) : null}
      {totals.byCategory.map(({ category, amount }) => (
        <View key={category} style={styles.row}>
          <Muted>{CATEGORY_LABELS[category]}</Muted>
          <Muted>{formatMoney(amount, report.currency)}</Muted>
        </View>
      ))}
      {totals.overLimitCount > 0 ? (
        <Notice
          title={`${totals.overLimitCount} line${totals.overLimitCount === 1 ? "" : "s"} above the policy limit`}
          detail="Flagged by the server for the approver; nothing is refused."
          tone="warning"
          testID="expense-over-limit"
        />
      ) : null}
      {report.decision_comment ? <Muted>Approver: {report.decision_comment}</Muted> : null}
      {report.reimbursed_on ? (
        <Muted>
          Reimbursed {formatDate(report.reimbursed_on)} · {report.reimbursement_reference}
        </Muted>
      ) : null}
    </Card>
  );
}

/** One report: its totals, its lines with receipts, a new line, and the submit for approval. */
export function ExpenseReportDetail({ reportId, today }: { reportId: string; today: string }) {
  const detail = useExpenseReport(reportId);
  const receipts = useReceipts(detail.data?.lines.map((line) => line.id) ?? []);
  const actions = useExpenseActions();
  const [busy, setBusy] = useState(false);
  if (detail.isLoading) return null;
  if (!detail.data) return <Notice title="This expense report is not on the phone" tone="warning" />;
  const { report, lines, totals } = detail.data;
  const editable = isEditable(report);

  const submit = async () => {
    setBusy(true);
    try {
      await actions.submit(report);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View testID="expense-report-detail">
      <Header report={report} totals={totals} />
      <Title style={styles.section}>Lines</Title>
      {lines.length === 0 ? <Muted>No lines yet.</Muted> : null}
      {lines.map((line) => (
        <ExpenseLineCard key={line.id} line={line} localReceipts={receipts.data?.get(line.id) ?? []} editable={editable} />
      ))}
      {editable ? <ExpenseLineForm report={report} today={today} /> : null}
      {editable && lines.length > 0 ? (
        <View style={styles.submit}>
          <Button label="Submit for approval" busy={busy} onPress={() => void submit()} testID="submit-expense-report" />
          <Muted>Sent after its lines and receipts; the report is locked once submitted.</Muted>
        </View>
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "center", gap: space.sm },
  title: { fontSize: font.title, fontWeight: "700", color: colors.text, flexShrink: 1 },
  total: { fontSize: font.heading, fontWeight: "700", color: colors.text, marginVertical: space.xs },
  section: { marginTop: space.lg, marginBottom: space.sm },
  submit: { marginTop: space.md, marginBottom: space.xl, gap: space.xs },
});
