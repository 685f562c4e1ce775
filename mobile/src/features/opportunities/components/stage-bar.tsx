import { StyleSheet, View } from "react-native";

import { Badge } from "@/components/ui";
import { space } from "@/theme";

import { stageStates, type Opportunity, type Pipeline, type StepState } from "../api/opportunities";

const LOOK: Record<StepState, { tone: "success" | "neutral" | "info" | "warning"; mark: string; words: string }> = {
  done: { tone: "success", mark: "✓ ", words: "done" },
  skipped: { tone: "warning", mark: "⤼ ", words: "skipped" },
  current: { tone: "info", mark: "● ", words: "current" },
  ahead: { tone: "neutral", mark: "", words: "not reached" },
};

/** The deal's path through the open stages: done ticked, skipped marked as skipped (never ticked). */
export function StageBar({ deal, pipeline }: { deal: Opportunity; pipeline: Pipeline }) {
  return (
    <View style={styles.bar} accessibilityLabel="Stage bar">
      {stageStates(deal, pipeline).map(({ stage, state }) => (
        <View key={stage.id} accessibilityLabel={`${stage.name}: ${LOOK[state].words}`} testID={`step-${state}-${stage.name}`}>
          <Badge label={`${LOOK[state].mark}${stage.name}${state === "skipped" ? " (skipped)" : ""}`} tone={LOOK[state].tone} />
        </View>
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  bar: { flexDirection: "row", flexWrap: "wrap", gap: space.xs, marginVertical: space.sm },
});
