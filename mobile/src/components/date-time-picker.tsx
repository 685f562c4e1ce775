/**
 * Picking a day and a time of day: a month calendar (Monday first), quick days
 * (today, tomorrow, next Monday), the time typed as HH:MM or picked from
 * half-hour slots. Plain React Native, so it works the same on phones, in the
 * browser build and in tests.
 */
import { useState } from "react";
import { Pressable, ScrollView, StyleSheet, Text, View } from "react-native";

import { TextField } from "@/components/ui";
import { addDays, at, dayKey, dayOf, monthGrid, parseTime, sameDay, slots, timeOf, type Day } from "@/lib/calendar";
import { formatDate, formatWeekday } from "@/lib/format";
import { colors, font, radius, space } from "@/theme";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const SLOTS = slots(7, 21, 30);

export function DateTimePicker({
  label,
  value,
  onChange,
  onTimeValid,
  now = new Date(),
  testID = "when",
}: {
  label: string;
  value: Date;
  onChange: (next: Date) => void;
  /** Whether the typed time reads as one (a form keeps Save off until it does). */
  onTimeValid?: (valid: boolean) => void;
  now?: Date;
  testID?: string;
}) {
  const selected = dayOf(value);
  const today = dayOf(now);
  const [shown, setShown] = useState({ year: selected.year, month: selected.month });
  const [timeText, setTimeText] = useState(timeOf(value));
  const time = parseTime(timeText);

  const pickDay = (day: Day) => {
    onChange(at(day, time ?? { hours: value.getHours(), minutes: value.getMinutes() }));
    setShown({ year: day.year, month: day.month });
  };
  const pickTime = (text: string) => {
    setTimeText(text);
    const parsed = parseTime(text);
    onTimeValid?.(parsed !== null);
    if (parsed) onChange(at(selected, parsed));
  };
  const moveMonth = (step: number) => {
    const first = new Date(shown.year, shown.month + step, 1);
    setShown({ year: first.getFullYear(), month: first.getMonth() });
  };
  const daysToMonday = ((8 - new Date(today.year, today.month, today.day).getDay()) % 7) || 7;
  const quick: { label: string; day: Day }[] = [
    { label: "Today", day: today },
    { label: "Tomorrow", day: addDays(today, 1) },
    { label: "Next Monday", day: addDays(today, daysToMonday) },
  ];

  return (
    <View style={styles.wrapper} testID={testID}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.summary} testID={`${testID}-summary`}>
        {formatWeekday(value)}, {timeOf(value)}
      </Text>
      <View style={styles.row}>
        {quick.map(({ label: name, day }) => (
          <Chip key={name} label={name} selected={sameDay(day, selected)} onPress={() => pickDay(day)} />
        ))}
      </View>

      <View style={styles.calendar}>
        <View style={styles.monthBar}>
          <Pressable accessibilityRole="button" accessibilityLabel="Previous month" onPress={() => moveMonth(-1)} testID={`${testID}-prev-month`} style={styles.arrow}>
            <Text style={styles.arrowText}>‹</Text>
          </Pressable>
          <Text style={styles.month} testID={`${testID}-month`}>
            {MONTHS[shown.month]} {shown.year}
          </Text>
          <Pressable accessibilityRole="button" accessibilityLabel="Next month" onPress={() => moveMonth(1)} testID={`${testID}-next-month`} style={styles.arrow}>
            <Text style={styles.arrowText}>›</Text>
          </Pressable>
        </View>
        <View style={styles.week}>
          {WEEKDAYS.map((weekday) => (
            <Text key={weekday} style={[styles.cell, styles.weekday]}>
              {weekday}
            </Text>
          ))}
        </View>
        {monthGrid(shown.year, shown.month).map((week, index) => (
          <View key={index} style={styles.week}>
            {week.map((day, column) =>
              day ? (
                <Pressable
                  key={column}
                  accessibilityRole="button"
                  accessibilityLabel={formatDate(new Date(day.year, day.month, day.day))}
                  accessibilityState={{ selected: sameDay(day, selected) }}
                  onPress={() => pickDay(day)}
                  testID={`${testID}-day-${dayKey(day)}`}
                  style={[styles.cell, sameDay(day, today) && styles.today, sameDay(day, selected) && styles.chosen]}
                >
                  <Text style={[styles.dayText, sameDay(day, selected) && styles.chosenText]}>{day.day}</Text>
                </Pressable>
              ) : (
                <View key={column} style={styles.cell} />
              ),
            )}
          </View>
        ))}
      </View>

      <TextField
        label="Time (24 h)"
        value={timeText}
        onChangeText={pickTime}
        keyboardType="numbers-and-punctuation"
        placeholder="14:30"
        error={time ? null : "A time like 09:30 or 14:05"}
        testID={`${testID}-time`}
      />
      <ScrollView horizontal showsHorizontalScrollIndicator={false} contentContainerStyle={styles.row}>
        {SLOTS.map((slot) => (
          <Chip key={slot} label={slot} selected={slot === timeOf(value)} onPress={() => pickTime(slot)} testID={`${testID}-slot-${slot}`} />
        ))}
      </ScrollView>
    </View>
  );
}

function Chip({ label, selected, onPress, testID }: { label: string; selected: boolean; onPress: () => void; testID?: string }) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityState={{ selected }}
      onPress={onPress}
      testID={testID}
      style={[styles.chip, selected && styles.chosen]}
    >
      <Text style={[styles.chipText, selected && styles.chosenText]}>{label}</Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  wrapper: { marginBottom: space.md },
  label: { fontSize: font.small, color: colors.muted, marginBottom: space.xs, fontWeight: "600" },
  summary: { fontSize: font.body, color: colors.text, fontWeight: "600", marginBottom: space.sm },
  row: { flexDirection: "row", flexWrap: "wrap", gap: space.sm, marginBottom: space.sm },
  calendar: {
    backgroundColor: colors.surface,
    borderWidth: 1,
    borderColor: colors.border,
    borderRadius: radius.md,
    padding: space.sm,
    marginBottom: space.md,
  },
  monthBar: { flexDirection: "row", alignItems: "center", justifyContent: "space-between", marginBottom: space.xs },
  month: { fontSize: font.body, fontWeight: "600", color: colors.text },
  arrow: { minWidth: 44, minHeight: 36, alignItems: "center", justifyContent: "center" },
  arrowText: { fontSize: font.heading, color: colors.primary },
  week: { flexDirection: "row" },
  cell: { flex: 1, minHeight: 38, alignItems: "center", justifyContent: "center", borderRadius: radius.sm },
  weekday: { fontSize: font.small, color: colors.muted, textAlign: "center" },
  dayText: { fontSize: font.body, color: colors.text },
  today: { borderWidth: 1, borderColor: colors.primary },
  chosen: { backgroundColor: colors.primary, borderColor: colors.primary },
  chosenText: { color: colors.primaryText, fontWeight: "600" },
  chip: {
    borderWidth: 1,
    borderColor: colors.border,
    backgroundColor: colors.surface,
    borderRadius: radius.lg,
    paddingHorizontal: space.md,
    paddingVertical: space.xs + 2,
  },
  chipText: { fontSize: font.small, color: colors.text },
});
