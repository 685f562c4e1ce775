import { useState } from "react";
import { View } from "react-native";

import { CustomerPicker, type PickedCustomer } from "@/components/customer-picker";
import { DateTimePicker } from "@/components/date-time-picker";
import { Button, ChoiceChips, Muted, TextField } from "@/components/ui";
import { nextQuarterHour } from "@/lib/calendar";
import { formatDateTime, formatMinutes, formatTime } from "@/lib/format";

import { ACTIVITY_TYPES, type ActivityType } from "../api/activities";
import { remindersSupported } from "../api/reminders";
import type { NewActivity } from "../hooks/use-activities";

type Reminder = "none" | "15" | "60";
const REMINDERS: { value: Reminder; label: string }[] = [
  { value: "none", label: "No reminder" },
  { value: "15", label: "15 min before" },
  { value: "60", label: "1 hour before" },
];

const DURATIONS = [15, 30, 45, 60, 90, 120, 180];
type Duration = `${number}` | "other";
const DURATION_CHOICES: { value: Duration; label: string }[] = [
  ...DURATIONS.map((minutes) => ({ value: String(minutes) as Duration, label: formatMinutes(minutes) })),
  { value: "other", label: "Other" },
];

/** Calls, meetings and appointments take time; a task or an email is due at a moment. */
const TAKES_TIME: ActivityType[] = ["call", "meeting", "appointment"];
const MINUTE = 60 * 1000;

export function ActivityForm({
  initialCustomer,
  leadId,
  opportunityId,
  onSubmit,
  now,
}: {
  initialCustomer?: PickedCustomer | null;
  leadId?: string;
  opportunityId?: string;
  onSubmit: (input: NewActivity) => Promise<void>;
  now?: Date;
}) {
  const [type, setType] = useState<ActivityType>("call");
  const [subject, setSubject] = useState("");
  const [notes, setNotes] = useState("");
  const [customer, setCustomer] = useState<PickedCustomer | null>(initialCustomer ?? null);
  // The form's "now" stays put while it is open, so the date picker is not redrawn on every keystroke.
  const [opened] = useState(() => now ?? new Date());
  const [start, setStart] = useState(() => nextQuarterHour(opened));
  const [duration, setDuration] = useState<Duration>("30");
  const [otherMinutes, setOtherMinutes] = useState("");
  const [reminder, setReminder] = useState<Reminder>("none");
  const [busy, setBusy] = useState(false);
  const [timeValid, setTimeValid] = useState(true);

  const takesTime = TAKES_TIME.includes(type);
  const minutes = duration === "other" ? Number(otherMinutes) : Number(duration);
  const durationError =
    takesTime && duration === "other" && !(Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60)
      ? "Minutes, from 1 to 1440"
      : null;
  const end = takesTime && !durationError ? new Date(start.getTime() + minutes * MINUTE) : null;

  const submit = async () => {
    setBusy(true);
    try {
      const reminderAt = reminder === "none" ? null : new Date(start.getTime() - Number(reminder) * MINUTE);
      await onSubmit({
        type,
        subject: subject.trim(),
        description: notes.trim() || null,
        customer_id: customer?.id ?? null,
        lead_id: leadId ?? null,
        opportunity_id: opportunityId ?? null,
        starts_at: takesTime ? start.toISOString() : null,
        ends_at: end ? end.toISOString() : null,
        due_at: takesTime ? null : start.toISOString(),
        reminder_at: reminderAt && reminderAt.getTime() > Date.now() ? reminderAt.toISOString() : null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <ChoiceChips label="Type" choices={ACTIVITY_TYPES} value={type} onChange={setType} testID="activity-type" />
      <TextField label="Subject" value={subject} onChangeText={setSubject} testID="activity-subject" />
      {leadId ? null : <CustomerPicker value={customer} onChange={setCustomer} />}
      <DateTimePicker
        label={takesTime ? "Starts" : "Due"}
        value={start}
        onChange={setStart}
        onTimeValid={setTimeValid}
        now={opened}
        testID="activity-when"
      />
      {takesTime ? (
        <>
          <ChoiceChips label="Duration" choices={DURATION_CHOICES} value={duration} onChange={setDuration} testID="activity-duration" />
          {duration === "other" ? (
            <TextField
              label="Duration (minutes)"
              value={otherMinutes}
              onChangeText={setOtherMinutes}
              keyboardType="number-pad"
              error={durationError}
              testID="activity-duration-minutes"
            />
          ) : null}
          {end ? (
            <Muted testID="activity-span">
              {formatDateTime(start)} – {formatTime(end)}
              {end.getDate() !== start.getDate() ? ` (${formatDateTime(end)})` : ""}
            </Muted>
          ) : null}
        </>
      ) : null}
      {remindersSupported ? (
        <ChoiceChips label="Reminder" choices={REMINDERS} value={reminder} onChange={setReminder} />
      ) : (
        <Muted>Reminders ring on the phone app; the browser version has none.</Muted>
      )}
      <TextField label="Notes" value={notes} onChangeText={setNotes} multiline />
      <Button
        label="Save activity"
        busy={busy}
        disabled={!subject.trim() || !!durationError || !timeValid}
        onPress={submit}
        testID="save-activity"
      />
    </View>
  );
}
