import { useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { LeadForm } from "@/features/leads/components/lead-form";
import { useCaptureLead } from "@/features/leads/hooks/use-leads";

export default function NewLeadScreen() {
  const captureLead = useCaptureLead();
  const router = useRouter();
  return (
    <Screen>
      <LeadForm
        onSubmit={async (input) => {
          const leadId = await captureLead(input);
          router.replace({ pathname: "/leads/[leadId]", params: { leadId } });
        }}
      />
    </Screen>
  );
}
