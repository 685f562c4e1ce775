import { useLocalSearchParams, useRouter } from "expo-router";

import { View } from "react-native";

import { Button, EmptyState, Screen } from "@/components/ui";
import { LeadActions } from "@/features/leads/components/lead-actions";
import { LeadDetails } from "@/features/leads/components/lead-details";
import { useLead } from "@/features/leads/hooks/use-leads";

export default function LeadScreen() {
  const { leadId } = useLocalSearchParams<{ leadId: string }>();
  const lead = useLead(leadId);
  const router = useRouter();
  if (lead.isSuccess && !lead.data) return <EmptyState message="This lead is not on this phone." />;
  if (!lead.data) return null;
  const record = lead.data;
  return (
    <Screen>
      <LeadDetails record={record} />
      <LeadActions
        lead={record.data}
        onLogActivity={() => router.push({ pathname: "/activities/new", params: { leadId: record.data.id } })}
      />
      {record.data.converted_opportunity_id ? (
        <View style={{ marginTop: 8 }}>
          <Button
            label="Open the deal"
            variant="secondary"
            testID="open-deal"
            onPress={() =>
              router.push(
                { pathname: "/pipeline/[opportunityId]", params: { opportunityId: record.data.converted_opportunity_id! } },
                { withAnchor: true },
              )
            }
          />
        </View>
      ) : null}
    </Screen>
  );
}
