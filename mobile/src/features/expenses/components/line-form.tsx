import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { PhotoButtons } from "@/components/photo-buttons";
import { PhotoStrip } from "@/components/photo-strip";
import { Button, Card, ChoiceChips, Muted, Notice, TextField, Title } from "@/components/ui";
import type { PickedPhoto } from "@/lib/files/pick-photo";
import { formatMoney } from "@/lib/format";
import { space } from "@/theme";

import {
  CATEGORIES,
  CATEGORY_LABELS,
  emptyLine,
  lineProblems,
  mileageAmount,
  mileageRate,
  vehicleLabel,
  type ExpenseReport,
  type LineForm,
} from "../api/expenses";
import { useDayDistance, useExpenseActions, useExpensePolicy } from "../hooks/use-expenses";

const CATEGORY_CHOICES = CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));

/** What the phone can say about a mileage line before the server computes it. */
function MileageFigures({ form, rate, currency, dayKm }: { form: LineForm; rate: string | null; currency: string; dayKm: string | null }) {
  const km = form.kmFromDay ? dayKm : form.distanceKm.trim().replace(/,/g, "");
  if (rate === null) return <Muted testID="mileage-estimate">The rate comes from the server once the phone has synced.</Muted>;
  if (!km || !/^\d+(\.\d+)?$/.test(km)) {
    return <Muted testID="mileage-estimate">{`${formatMoney(rate, currency)} per km`}</Muted>;
  }
  return (
    <Muted testID="mileage-estimate">
      {`${km} km × ${formatMoney(rate, currency)} = ${formatMoney(mileageAmount(km, rate, currency), currency)} (estimate)`}
    </Muted>
  );
}

/** A line of the report: date, category, amount or mileage, a receipt photo, notes. */
export function ExpenseLineForm({ report, today, onSaved }: { report: ExpenseReport; today: string; onSaved?: () => void }) {
  const actions = useExpenseActions();
  const policy = useExpensePolicy();
  const vehicles = policy.data?.mileage_rates.map((rate) => rate.vehicle_type) ?? ["car", "two_wheeler"];
  const startDay = today >= report.period_start && today <= report.period_end ? today : report.period_start;
  const [form, setForm] = useState<LineForm>(emptyLine(startDay, vehicles[0]));
  const [receipt, setReceipt] = useState<PickedPhoto | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const mileage = form.category === "mileage";
  const day = useDayDistance(mileage ? form.expenseDate.trim() : null);
  const dayKm = day.data ?? null;
  const problems = checked ? lineProblems(form, report) : {};
  const set = <K extends keyof LineForm>(key: K) => (value: LineForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const rate = mileageRate(policy.data, form.vehicleType);

  const save = async () => {
    setChecked(true);
    if (Object.keys(lineProblems(form, report)).length > 0) return;
    setBusy(true);
    try {
      await actions.addLine(report, form, receipt, dayKm);
      setForm(emptyLine(form.expenseDate, form.vehicleType));
      setReceipt(null);
      setChecked(false);
      onSaved?.();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card testID="expense-line-form">
      <Title>Add a line</Title>
      <TextField
        label="Date (YYYY-MM-DD)"
        value={form.expenseDate}
        onChangeText={set("expenseDate")}
        error={problems.expenseDate}
        testID="line-date"
      />
      <ChoiceChips label="Category" choices={CATEGORY_CHOICES} value={form.category} onChange={set("category")} testID="line-category" />
      {mileage ? (
        <View>
          <ChoiceChips
            label="Vehicle"
            choices={vehicles.map((value) => ({ value, label: vehicleLabel(value) }))}
            value={form.vehicleType}
            onChange={set("vehicleType")}
            testID="line-vehicle"
          />
          {form.kmFromDay ? (
            <Notice
              title={dayKm ? `The day's distance: ${dayKm} km` : "The day's distance"}
              detail="The server takes the km from the day's pings when the line reaches it."
              tone="info"
              testID="line-km-from-day"
            />
          ) : (
            <TextField
              label="Distance (km)"
              value={form.distanceKm}
              onChangeText={set("distanceKm")}
              keyboardType="decimal-pad"
              error={problems.distanceKm}
              testID="line-km"
            />
          )}
          <MileageFigures form={form} rate={rate} currency={report.currency} dayKm={dayKm} />
          <View style={styles.toggle}>
            <Button
              label={form.kmFromDay ? "Type the km instead" : dayKm ? `Use the day's distance (${dayKm} km)` : "Use the day's distance"}
              variant="secondary"
              onPress={() => set("kmFromDay")(!form.kmFromDay)}
              testID="line-use-day-distance"
            />
          </View>
        </View>
      ) : (
        <TextField
          label={`Amount (${report.currency})`}
          value={form.amount}
          onChangeText={set("amount")}
          keyboardType="decimal-pad"
          error={problems.amount}
          testID="line-amount"
        />
      )}
      <TextField label="Notes" value={form.notes} onChangeText={set("notes")} multiline error={problems.notes} testID="line-notes" />
      <Title>Receipt</Title>
      {receipt ? (
        <PhotoStrip
          files={[{ id: "draft-receipt", name: receipt.name, contentType: receipt.contentType, localUri: `data:${receipt.contentType};base64,${receipt.base64}`, thumbnailPath: null, contentPath: null }]}
          testID="line-receipt-draft"
        />
      ) : null}
      <PhotoButtons onPicked={setReceipt} takeLabel={receipt ? "Retake" : "Photo of the receipt"} testID="line-receipt" />
      <Button label="Add line" busy={busy} onPress={() => void save()} testID="save-expense-line" />
    </Card>
  );
}

const styles = StyleSheet.create({
  toggle: { marginTop: space.sm, marginBottom: space.md },
});
