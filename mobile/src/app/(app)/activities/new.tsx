import { useLocalSearchParams, useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { ActivityForm } from "@/features/activities/components/activity-form";
import { useLogActivity } from "@/features/activities/hooks/use-activities";

export default function NewActivityScreen() {
  const params = useLocalSearchParams<{ customerId?: string; customerName?: string; leadId?: string; opportunityId?: string }>();
  const logActivity = useLogActivity();
  const router = useRouter();
  const initialCustomer = params.customerId ? { id: params.customerId, name: params.customerName ?? "" } : null;
  return (
    <Screen>
      <ActivityForm
        initialCustomer={initialCustomer}
        leadId={params.leadId}
        opportunityId={params.opportunityId}
        onSubmit={async (input) => {
          await logActivity(input);
          if (router.canGoBack()) router.back();
          else router.replace("/");
        }}
      />
    </Screen>
  );
}
