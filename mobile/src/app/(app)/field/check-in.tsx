import { useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { UnplannedCheckIn } from "@/features/field/components/unplanned-check-in";

export default function UnplannedCheckInScreen() {
  const router = useRouter();
  return (
    <Screen>
      <UnplannedCheckIn onCheckedIn={(visitId) => router.replace({ pathname: "/field/visits/[visitId]", params: { visitId } })} />
    </Screen>
  );
}
