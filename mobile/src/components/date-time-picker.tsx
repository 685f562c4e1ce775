/**
 * Picking a day and a time of day: a month calendar (Monday first), quick days
 * (today, tomorrow, next Monday), the time typed as HH:MM or picked from
 * half-hour slots. Plain React Native, so it works the same on phones, in the
 * browser build and in tests.
 */
import { memo, useCallback, useState } from "react";
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

export const DateTimePicker = memo(function DateTimePicker({
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

  const hours = time?.hours ?? value.getHours();
  const minutes = time?.minutes ?? value.getMinutes();
  const pickDay = useCallback(
    (day: Day) => {
      onChange(at(day, { hours, minutes }));
      setShown({ year: day.year, month: day.month });
    },
    [onChange, hours, minutes],
  );
  const year = value.getFullYear();
  const month = value.getMonth();
  const date = value.getDate();
  const pickTime = useCallback(
    (text: string) => {
      setTimeText(text);
      const parsed = parseTime(text);
      onTimeValid?.(parsed !== null);
      if (parsed) onChange(at({ year, month, day: date }, parsed));
    },
    [onChange, onTimeValid, year, month, date],
  );
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
        <MonthGrid
          year={shown.year}
          month={shown.month}
          selected={dayKey(selected)}
          today={dayKey(today)}
          onPick={pickDay}
          testID={testID}
        />
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
      <SlotRow selected={timeOf(value)} onPick={pickTime} testID={testID} />
    </View>
  );
});

/**
 * The days of one month. Memoized with the slots below: typing elsewhere in a
 * form must not redraw some hundred buttons on every keystroke.
 */
const MonthGrid = memo(function MonthGrid({
  year,
  month,
  selected,
  today,
  onPick,
  testID,
}: {
  year: number;
  month: number;
  selected: string;
  today: string;
  onPick: (day: Day) => void;
  testID: string;
}) {
  return (
    <>
      <View style={styles.week}>
        {WEEKDAYS.map((weekday) => (
          <Text key={weekday} style={[styles.cell, styles.weekday]}>
            {weekday}
          </Text>
        ))}
      </View>
      {monthGrid(year, month).map((week, index) => (
        <View key={index} style={styles.week}>
          {week.map((day, column) => {
            if (!day) return <View key={column} style={styles.cell} />;
            const key = dayKey(day);
            return (
              <Pressable
                key={column}
                accessibilityRole="button"
                accessibilityLabel={formatDate(new Date(day.year, day.month, day.day))}
                accessibilityState={{ selected: key === selected }}
                onPress={() => onPick(day)}
                testID={`${testID}-day-${key}`}
                style={[styles.cell, key === today && styles.today, key === selected && styles.chosen]}
              >
                <Text style={[styles.dayText, key === selected && styles.chosenText]}>{day.day}</Text>
              </Pressable>
            );
          })}
        </View>
      ))}
    </>
  );
});

const SlotRow = memo(function SlotRow({
  selected,
  onPick,
  testID,
}: {
  selected: string;
  onPick: (slot: string) => void;
  testID: string;
}) {
  return (
    <ScrollView horizontal showsHorizontalScrollIndicator={false} contentContainerStyle={styles.row}>
      {SLOTS.map((slot) => (
        <Chip key={slot} label={slot} selected={slot === selected} onPress={() => onPick(slot)} testID={`${testID}-slot-${slot}`} />
      ))}
    </ScrollView>
  );
});

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
