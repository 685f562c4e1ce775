/** My numbers on My day: this month's target, the open pipeline, the week's visits, offline too. */
import { StyleSheet, Text, View } from "react-native";

import { Button, Card, Muted, Notice, Title } from "@/components/ui";
import { formatSince } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { ownTarget, type MyNumbers as Numbers } from "../api/my-numbers";
import { useMyNumbers, type MyNumbersView } from "../hooks/use-my-numbers";
import { PipelineTile, TargetSection, WeekTile } from "./numbers-parts";

function asOf(view: MyNumbersView): string {
  if (!view.kept) return "";
  const since = formatSince(view.kept.at);
  if (view.state === "offline") return `Offline · as of ${since}`;
  return view.updating ? `As of ${since} · updating…` : `As of ${since}`;
}

function Figures({ numbers, userId }: { numbers: Numbers; userId: string | null | undefined }) {
  return (
    <>
      <TargetSection target={ownTarget(numbers.targets, userId)} />
      <View style={styles.tiles}>
        <PipelineTile totals={numbers.pipeline} />
        {numbers.week ? <WeekTile week={numbers.week} /> : null}
      </View>
    </>
  );
}

function Missing({ view }: { view: MyNumbersView }) {
  if (view.loading) return <Muted testID="my-numbers-loading">Loading your numbers…</Muted>;
  if (view.state === "offline") {
    return (
      <Notice
        tone="info"
        title="No numbers on the phone yet"
        detail="They show here once the phone has been online."
        testID="my-numbers-offline"
      />
    );
  }
  if (view.state === "failed") {
    return (
      <View testID="my-numbers-error">
        <Notice title="Could not load your numbers" detail={view.problem} />
        <Button label="Try again" variant="secondary" onPress={view.retry} busy={view.updating} testID="my-numbers-retry" />
      </View>
    );
  }
  return <Muted testID="my-numbers-loading">Loading your numbers…</Muted>;
}

/** The engineer's own numbers; `userId` picks their target among those the server sent. */
export function MyNumbers({ userId }: { userId?: string | null }) {
  const view = useMyNumbers();
  return (
    <Card testID="my-numbers" style={styles.card}>
      <View style={styles.header}>
        <Title>My numbers</Title>
        <Muted testID="my-numbers-as-of">{asOf(view)}</Muted>
      </View>
      {view.kept ? <Figures numbers={view.kept.numbers} userId={userId} /> : <Missing view={view} />}
      {view.kept && view.state === "failed" ? (
        <Text style={styles.stale} testID="my-numbers-stale">
          Could not update: {view.problem}
        </Text>
      ) : null}
    </Card>
  );
}

const styles = StyleSheet.create({
  card: { gap: space.sm },
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "baseline", gap: space.sm, flexWrap: "wrap" },
  tiles: { flexDirection: "row", flexWrap: "wrap", gap: space.sm },
  stale: { fontSize: font.small, color: colors.warning },
});
