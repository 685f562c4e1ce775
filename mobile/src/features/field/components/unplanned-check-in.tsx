import { useState } from "react";
import { View } from "react-native";

import { CustomerPicker, type PickedCustomer } from "@/components/customer-picker";
import { Button, Muted, Notice, TextField } from "@/components/ui";

import { checkDistance, distanceWarning, formatDistance } from "../api/distance";
import { useCustomerPoint, usePhonePosition, useVisitActions } from "../hooks/use-field";

/** A visit nobody planned: pick the customer, see how far it is, check in. */
export function UnplannedCheckIn({ onCheckedIn }: { onCheckedIn: (visitId: string) => void }) {
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [purpose, setPurpose] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const point = useCustomerPoint(customer?.id);
  const phone = usePhonePosition(!!customer);
  const { checkInUnplanned } = useVisitActions();
  const check = checkDistance(phone.data ?? null, point.data ?? null);
  const warning = distanceWarning(check);

  const save = async () => {
    if (!customer) return;
    setBusy(true);
    setProblem(null);
    try {
      onCheckedIn(await checkInUnplanned(customer, purpose.trim() || null));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View testID="unplanned-check-in">
      <CustomerPicker value={customer} onChange={setCustomer} />
      {customer && check.distanceM !== null ? <Muted testID="visit-distance">{formatDistance(check.distanceM)} from the customer</Muted> : null}
      {customer && point.data === null ? <Muted>The customer&apos;s address has no coordinates.</Muted> : null}
      {warning ? <Notice title="Far from the customer" detail={warning} tone="warning" testID="distance-warning" /> : null}
      <TextField label="Purpose (optional)" value={purpose} onChangeText={setPurpose} testID="unplanned-purpose" />
      {problem ? <Notice title="Could not check in" detail={problem} tone="danger" /> : null}
      <Button label="Check in" disabled={!customer} busy={busy} onPress={() => void save()} testID="unplanned-check-in-save" />
    </View>
  );
}
