import { useState } from "react";
import { StyleSheet, View } from "react-native";

import { Button, TextField } from "@/components/ui";
import { space } from "@/theme";

import { allowedActions, type Lead } from "../api/leads";
import { useLeadAction } from "../hooks/use-leads";

/** The status moves the lead allows now; disqualifying asks for the reason. */
export function LeadActions({ lead, onLogActivity }: { lead: Lead; onLogActivity: () => void }) {
  const act = useLeadAction();
  const [reason, setReason] = useState<string | null>(null);
  const allowed = allowedActions(lead.status);
  return (
    <View style={styles.wrapper}>
      {allowed.includes("contact") ? (
        <Button label="Mark contacted" variant="secondary" onPress={() => void act(lead, "contact")} testID="lead-contact" />
      ) : null}
      {allowed.includes("qualify") ? (
        <Button label="Qualify" onPress={() => void act(lead, "qualify")} testID="lead-qualify" />
      ) : null}
      {allowed.includes("convert") ? (
        <Button
          label="Convert to customer and deal"
          onPress={() => void act(lead, "convert", {})}
          testID="lead-convert"
        />
      ) : null}
      {allowed.includes("disqualify") && reason === null ? (
        <Button label="Disqualify" variant="secondary" onPress={() => setReason("")} testID="lead-disqualify" />
      ) : null}
      {reason !== null ? (
        <View>
          <TextField label="Why is it disqualified?" value={reason} onChangeText={setReason} testID="disqualify-reason" />
          <Button
            label="Disqualify lead"
            variant="danger"
            disabled={!reason.trim()}
            onPress={() => {
              void act(lead, "disqualify", { reason: reason.trim() });
              setReason(null);
            }}
          />
        </View>
      ) : null}
      <Button label="Log activity" variant="secondary" onPress={onLogActivity} />
    </View>
  );
}

const styles = StyleSheet.create({ wrapper: { gap: space.sm, marginTop: space.md } });
