import { useState } from "react";
import { View } from "react-native";

import { Button, ChoiceChips, Muted, TextField } from "@/components/ui";
import { WriteProblem } from "@/components/write-problem";
import { useFormWrite } from "@/lib/sync/hooks";

import { fieldsFor, passage, stagesBetween, type Opportunity, type Pipeline, type Stage } from "../api/opportunities";
import { useMoveOpportunity } from "../hooks/use-opportunities";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Pick the next stage, then fill in what that stage requires (PO number, advance,
 * sign-off...) and, on a jump forward, what the stages it passes require; stages
 * that need nothing are named as skipped.
 */
export function MoveStageForm({ deal, pipeline, onMoved }: { deal: Opportunity; pipeline: Pipeline; onMoved: () => void }) {
  const move = useMoveOpportunity();
  const write = useFormWrite();
  const stages = [...pipeline.stages].sort((a, b) => a.position - b.position).filter((stage) => stage.id !== deal.stage_id);
  const [target, setTarget] = useState<Stage | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const jump = target ? passage(deal, stagesBetween(pipeline, deal.stage_id, target)) : { fields: [], skipped: [] };
  const fields = target ? [...jump.fields, ...fieldsFor(target)] : [];

  const problem = (key: string): string | null => {
    const spec = fields.find((field) => field.key === key)!;
    const value = (values[key] ?? "").trim();
    if (!value) return spec.required ? "Required" : null;
    if (spec.type === "date" && !DATE.test(value)) return "A date like 2026-11-24";
    if (spec.type === "amount" && !AMOUNT.test(value)) return "A number, e.g. 150000";
    return null;
  };
  const valid = target !== null && fields.every((field) => problem(field.key) === null);

  return (
    <View>
      <ChoiceChips
        label="Move to"
        testID="move-to"
        choices={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
        value={target?.id ?? null}
        onChange={(stageId) => {
          const stage = stages.find((candidate) => candidate.id === stageId) ?? null;
          setTarget(stage);
          const asked = stage ? [...passage(deal, stagesBetween(pipeline, deal.stage_id, stage)).fields, ...fieldsFor(stage)] : [];
          setValues(Object.fromEntries(asked.filter((field) => field.type === "date").map((field) => [field.key, today()])));
        }}
      />
      {target && fields.length === 0 ? <Muted>No details needed for this stage.</Muted> : null}
      {jump.skipped.length > 0 ? (
        <Muted testID="skipping-note">{jump.skipped.map((stage) => stage.name).join(", ")} will be recorded as skipped.</Muted>
      ) : null}
      {fields.map((field) => (
        <TextField
          key={field.key}
          label={"stage" in field ? `${field.stage}: ${field.label}` : field.label}
          value={values[field.key] ?? ""}
          onChangeText={(text) => setValues((previous) => ({ ...previous, [field.key]: text }))}
          keyboardType={field.type === "amount" ? "decimal-pad" : "default"}
          placeholder={field.type === "date" ? "YYYY-MM-DD" : undefined}
          error={values[field.key] !== undefined ? problem(field.key) : null}
          testID={`detail-${field.key}`}
        />
      ))}
      {write.problem ? (
        <WriteProblem item={write.problem} onResolved={(how) => (how === "sent" ? onMoved() : write.clear())} />
      ) : null}
      {target ? (
        <Button
          label={`Move to ${target.name}`}
          disabled={!valid}
          testID="confirm-move"
          onPress={async () => {
            const details = Object.fromEntries(
              Object.entries(values)
                .map(([key, value]) => [key, value.trim()] as const)
                .filter(([, value]) => value !== ""),
            );
            const refused = await write.submit(() => move(deal, { stage: target, details }, pipeline));
            if (!refused) onMoved();
          }}
        />
      ) : null}
    </View>
  );
}
