import { useState } from "react";
import { View } from "react-native";

import { Button, Muted, TextField } from "@/components/ui";
import { WriteProblem } from "@/components/write-problem";
import { useFormWrite } from "@/lib/sync/hooks";

import { reopenStage, type Opportunity, type Pipeline } from "../api/opportunities";
import { useReopenOpportunity } from "../hooks/use-opportunities";

/** A won or lost deal takes no stage moves: it is reopened, back where it closed from, with an optional reason. */
export function ReopenForm({ deal, pipeline, onReopened }: { deal: Opportunity; pipeline: Pipeline; onReopened: () => void }) {
  const reopen = useReopenOpportunity();
  const write = useFormWrite();
  const [reason, setReason] = useState("");
  const stage = reopenStage(deal, pipeline);
  if (!stage) return null;
  return (
    <View>
      <Muted>This deal is {deal.status}. Reopening puts it back in {stage.name}; the stage history keeps who reopened it and why.</Muted>
      <TextField label="Reason (optional)" value={reason} onChangeText={setReason} maxLength={500} testID="reopen-reason" />
      {write.problem ? (
        <WriteProblem item={write.problem} onResolved={(how) => (how === "sent" ? onReopened() : write.clear())} />
      ) : null}
      <Button
        label={`Reopen in ${stage.name}`}
        testID="confirm-reopen"
        onPress={async () => {
          const refused = await write.submit(() => reopen(deal, { stage, reason }));
          if (!refused) onReopened();
        }}
      />
    </View>
  );
}
