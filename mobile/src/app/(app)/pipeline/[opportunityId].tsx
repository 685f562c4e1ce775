import { useLocalSearchParams, useRouter } from "expo-router";
import { StyleSheet, View } from "react-native";

import { WriteStateBadge } from "@/components/write-state-badge";
import { Badge, Body, Button, EmptyState, Heading, Muted, Screen, Title } from "@/components/ui";
import { MoveStageForm } from "@/features/opportunities/components/move-stage-form";
import { ReopenForm } from "@/features/opportunities/components/reopen-form";
import { StageBar } from "@/features/opportunities/components/stage-bar";
import { useOpportunity } from "@/features/opportunities/hooks/use-opportunities";
import { formatDate, formatMoney } from "@/lib/format";
import { space } from "@/theme";

export default function OpportunityScreen() {
  const { opportunityId } = useLocalSearchParams<{ opportunityId: string }>();
  const router = useRouter();
  const query = useOpportunity(opportunityId);
  if (query.isSuccess && !query.data.deal) return <EmptyState message="This deal is not on this phone." />;
  const deal = query.data?.deal?.data;
  const pipeline = query.data?.pipeline;
  if (!deal) return null;
  const stage = pipeline?.stages.find((candidate) => candidate.id === deal.stage_id);
  const specs = new Map(pipeline?.stages.flatMap((candidate) => candidate.required_fields).map((field) => [field.key, field]));
  const detailLabel = (key: string) => specs.get(key)?.label ?? key.replace(/_/g, " ");
  const detailValue = (key: string, value: unknown) => {
    const text = String(value);
    if (specs.get(key)?.type === "amount") return formatMoney(text, deal.currency);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text;
  };
  return (
    <Screen>
      <View style={styles.header}>
        <Heading style={styles.title}>{deal.title}</Heading>
        <WriteStateBadge entityId={deal.id} isPending={query.data?.deal?.isPending} />
      </View>
      {deal.customer_name ? <Body>{deal.customer_name}</Body> : null}
      <View style={styles.badges}>
        <Badge label={stage?.name ?? "Stage"} tone="info" testID="deal-stage" />
        {deal.status !== "open" ? <Badge label={deal.status === "won" ? "Won" : "Lost"} tone={deal.status === "won" ? "success" : "danger"} /> : null}
      </View>
      {pipeline ? <StageBar deal={deal} pipeline={pipeline} /> : null}
      <Muted>
        {formatMoney(deal.amount, deal.currency)} · {deal.probability}% · weighted {formatMoney(deal.weighted_amount, deal.currency)}
      </Muted>
      <Muted>Expected close {formatDate(deal.expected_close_date)}</Muted>
      {Object.entries(deal.details).map(([key, value]) => (
        <Muted key={key}>
          {detailLabel(key)}: {detailValue(key, value)}
        </Muted>
      ))}
      {deal.status === "open" && pipeline ? (
        <View style={styles.section}>
          <Title>Move stage</Title>
          <MoveStageForm deal={deal} pipeline={pipeline} onMoved={() => router.back()} />
        </View>
      ) : pipeline ? (
        <View style={styles.section}>
          <Title>Reopen deal</Title>
          <ReopenForm deal={deal} pipeline={pipeline} onReopened={() => router.back()} />
        </View>
      ) : null}
      <View style={styles.section}>
        <Button
          label="Log activity"
          variant="secondary"
          onPress={() =>
            router.push({
              pathname: "/activities/new",
              params: { opportunityId: deal.id, customerId: deal.customer_id, customerName: deal.customer_name ?? "" },
            })
          }
        />
      </View>
    </Screen>
  );
}

const styles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", gap: space.sm },
  title: { flexShrink: 1 },
  badges: { flexDirection: "row", gap: space.sm, marginVertical: space.sm },
  section: { marginTop: space.lg },
});
