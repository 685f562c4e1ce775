import { useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { CaptureLead } from "@/features/leads/components/capture-lead";

export default function NewLeadScreen() {
  const router = useRouter();
  return (
    <Screen>
      <CaptureLead onCaptured={(leadId) => router.replace({ pathname: "/leads/[leadId]", params: { leadId } })} />
    </Screen>
  );
}
