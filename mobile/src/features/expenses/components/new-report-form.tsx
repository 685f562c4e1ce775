import { useState } from "react";

import { Button, Card, Muted, TextField } from "@/components/ui";

import { reportProblems, type ReportForm } from "../api/expenses";
import { useExpenseActions } from "../hooks/use-expenses";

/** A new expense report for a trip or a period; saved on the phone at once. */
export function NewExpenseReportForm({ today, onSaved }: { today: string; onSaved: (reportId: string) => void }) {
  const actions = useExpenseActions();
  const [form, setForm] = useState<ReportForm>({ title: "", periodStart: today, periodEnd: today, currency: "INR" });
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = checked ? reportProblems(form) : {};
  const set = (key: keyof ReportForm) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const save = async () => {
    setChecked(true);
    if (Object.keys(reportProblems(form)).length > 0) return;
    setBusy(true);
    try {
      onSaved(await actions.createReport(form));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card testID="new-expense-report">
      <Muted>A trip or a period, in one currency. Saved on the phone at once; sent when there is signal.</Muted>
      <TextField label="Trip or period" value={form.title} onChangeText={set("title")} error={problems.title} testID="expense-title" />
      <TextField
        label="From (YYYY-MM-DD)"
        value={form.periodStart}
        onChangeText={set("periodStart")}
        error={problems.periodStart}
        testID="expense-period-start"
      />
      <TextField
        label="To (YYYY-MM-DD)"
        value={form.periodEnd}
        onChangeText={set("periodEnd")}
        error={problems.periodEnd}
        testID="expense-period-end"
      />
      <TextField
        label="Currency"
        value={form.currency}
        onChangeText={set("currency")}
        autoCapitalize="characters"
        maxLength={3}
        error={problems.currency}
        testID="expense-currency"
      />
      <Button label="Create report" busy={busy} onPress={() => void save()} testID="save-expense-report" />
    </Card>
  );
}
