import { useState } from "react";
import { View } from "react-native";

import { CustomerPicker, type PickedCustomer } from "@/components/customer-picker";
import { Button, ChoiceChips, Muted, TextField } from "@/components/ui";

import { ACTIVITY_TYPES, type ActivityType } from "../api/activities";
import { remindersSupported } from "../api/reminders";
import type { NewActivity } from "../hooks/use-activities";

type When = "now" | "in-1h" | "tomorrow";
type Reminder = "none" | "15" | "60";

const WHEN: { value: When; label: string }[] = [
  { value: "now", label: "Now" },
  { value: "in-1h", label: "In 1 hour" },
  { value: "tomorrow", label: "Tomorrow 10:00" },
];
const REMINDERS: { value: Reminder; label: string }[] = [
  { value: "none", label: "No reminder" },
  { value: "15", label: "15 min before" },
  { value: "60", label: "1 hour before" },
];

function startFor(when: When, now: Date): Date {
  if (when === "in-1h") return new Date(now.getTime() + 60 * 60 * 1000);
  if (when === "tomorrow") return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0);
  return now;
}

export function ActivityForm({
  initialCustomer,
  leadId,
  opportunityId,
  onSubmit,
}: {
  initialCustomer?: PickedCustomer | null;
  leadId?: string;
  opportunityId?: string;
  onSubmit: (input: NewActivity) => Promise<void>;
}) {
  const [type, setType] = useState<ActivityType>("call");
  const [subject, setSubject] = useState("");
  const [notes, setNotes] = useState("");
  const [customer, setCustomer] = useState<PickedCustomer | null>(initialCustomer ?? null);
  const [when, setWhen] = useState<When>("now");
  const [reminder, setReminder] = useState<Reminder>("none");
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const start = startFor(when, new Date());
      const reminderAt = reminder === "none" ? null : new Date(start.getTime() - Number(reminder) * 60 * 1000);
      await onSubmit({
        type,
        subject: subject.trim(),
        description: notes.trim() || null,
        customer_id: customer?.id ?? null,
        lead_id: leadId ?? null,
        opportunity_id: opportunityId ?? null,
        starts_at: start.toISOString(),
        ends_at: type === "meeting" ? new Date(start.getTime() + 60 * 60 * 1000).toISOString() : null,
        reminder_at: reminderAt && reminderAt.getTime() > Date.now() ? reminderAt.toISOString() : null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <ChoiceChips label="Type" choices={ACTIVITY_TYPES} value={type} onChange={setType} />
      <TextField label="Subject" value={subject} onChangeText={setSubject} testID="activity-subject" />
      {leadId ? null : <CustomerPicker value={customer} onChange={setCustomer} />}
      <ChoiceChips label="When" choices={WHEN} value={when} onChange={setWhen} />
      {remindersSupported ? (
        <ChoiceChips label="Reminder" choices={REMINDERS} value={reminder} onChange={setReminder} />
      ) : (
        <Muted>Reminders ring on the phone app; the browser version has none.</Muted>
      )}
      <TextField label="Notes" value={notes} onChangeText={setNotes} multiline />
      <Button label="Save activity" busy={busy} disabled={!subject.trim()} onPress={submit} testID="save-activity" />
    </View>
  );
}
