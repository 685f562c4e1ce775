/** The pieces of the numbers card: this month's attainment, the open pipeline, the week's visits. */
import { StyleSheet, Text, View } from "react-native";

import { Muted } from "@/components/ui";
import { formatMoney, formatMonth } from "@/lib/format";
import { colors, font, radius, space } from "@/theme";

import { barShare, type PipelineTotal, type Target, type WeekVisits } from "../api/my-numbers";

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

function AttainmentBar({ percent, label }: { percent: string | null; label: string }) {
  const share = barShare(percent);
  const reached = share >= 100;
  return (
    <View
      accessibilityRole="progressbar"
      accessibilityLabel={label}
      accessibilityValue={{ min: 0, max: 100, now: Math.round(share) }}
      style={styles.track}
      testID="attainment-bar"
    >
      <View style={[styles.fill, { width: `${share}%` }, reached && styles.reached]} />
    </View>
  );
}

/** "12 of 20": a count against its target, with the share when the server gave one. */
function SideTarget({ label, actual, target, percent, testID }: {
  label: string;
  actual: string;
  target: string;
  percent: string | null;
  testID: string;
}) {
  return (
    <Text style={styles.side} testID={testID}>
      {label} <Text style={styles.sideValue}>{actual}</Text> of {target}
      {percent !== null ? ` (${percent}%)` : ""}
    </Text>
  );
}

export function TargetSection({ target }: { target: Target | null }) {
  if (!target) {
    return (
      <View style={styles.section} testID="no-target">
        <Text style={styles.label}>Target this month</Text>
        <Muted>No target set for this month.</Muted>
      </View>
    );
  }
  const percent = target.revenue_percent;
  return (
    <View style={styles.section} testID="month-target">
      <View style={styles.row}>
        <Text style={styles.label}>Target · {formatMonth(target.period_start)}</Text>
        <Text style={styles.percent} testID="target-percent">
          {percent !== null ? `${percent}%` : "—"}
        </Text>
      </View>
      <AttainmentBar percent={percent} label="Revenue booked against this month's target" />
      <Text style={styles.line} testID="target-revenue">
        <Text style={styles.strong}>{formatMoney(target.revenue_actual, target.currency)}</Text>
        {` of ${formatMoney(target.revenue, target.currency)} booked`}
      </Text>
      {target.quantity !== null ? (
        <SideTarget
          label="Units"
          actual={target.quantity_actual ?? "0"}
          target={target.quantity}
          percent={target.quantity_percent}
          testID="target-units"
        />
      ) : null}
      {target.visits !== null ? (
        <SideTarget
          label="Visits"
          actual={String(target.visits_actual ?? 0)}
          target={String(target.visits)}
          percent={target.visits_percent}
          testID="target-visits"
        />
      ) : null}
    </View>
  );
}

export function PipelineTile({ totals }: { totals: PipelineTotal[] }) {
  return (
    <View style={[styles.tile, styles.wide]} testID="pipeline-tile">
      <Text style={styles.label}>Open pipeline</Text>
      {totals.length === 0 ? <Text style={styles.big}>—</Text> : null}
      {totals.length === 0 ? <Muted>No open deals</Muted> : null}
      {totals.map((total) => (
        <View key={total.currency} testID={`pipeline-${total.currency}`}>
          <Text style={styles.big}>{formatMoney(total.amount, total.currency)}</Text>
          <Muted>
            Weighted {formatMoney(total.weighted_amount, total.currency)} · {plural(total.deals, "deal")}
          </Muted>
        </View>
      ))}
    </View>
  );
}

export function WeekTile({ week }: { week: WeekVisits }) {
  return (
    <View style={styles.tile} testID="week-tile">
      <Text style={styles.label}>Visits this week</Text>
      <View style={styles.inline}>
        <Text style={styles.big} testID="week-visits">
          {week.visits_done}
          <Text style={styles.of}> / {week.visits_planned}</Text>
        </Text>
        <Muted>done / planned</Muted>
      </View>
      {week.visits_unplanned > 0 ? <Muted>{plural(week.visits_unplanned, "unplanned visit")}</Muted> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  section: { gap: space.xs },
  row: { flexDirection: "row", justifyContent: "space-between", alignItems: "baseline", gap: space.sm },
  label: { fontSize: font.small, fontWeight: "600", color: colors.muted, textTransform: "uppercase", letterSpacing: 0.4 },
  percent: { fontSize: 28, fontWeight: "700", color: colors.text },
  track: { height: 10, borderRadius: radius.sm, backgroundColor: colors.border, overflow: "hidden" },
  fill: { height: "100%", borderRadius: radius.sm, backgroundColor: colors.primary },
  reached: { backgroundColor: colors.success },
  line: { fontSize: font.body, color: colors.text },
  strong: { fontWeight: "700" },
  side: { fontSize: font.small, color: colors.muted },
  sideValue: { fontWeight: "700", color: colors.text },
  // Side by side where a crore of rupees fits beside the week's visits; else one above the other.
  tile: {
    flexGrow: 1,
    flexBasis: 120,
    backgroundColor: colors.background,
    borderRadius: radius.sm,
    padding: space.sm,
    gap: 2,
  },
  wide: { flexBasis: 200 },
  inline: { flexDirection: "row", alignItems: "baseline", gap: space.sm, flexWrap: "wrap" },
  big: { fontSize: 22, fontWeight: "700", color: colors.text },
  of: { fontSize: font.title, fontWeight: "600", color: colors.muted },
});
