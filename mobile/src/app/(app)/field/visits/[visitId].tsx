import { useLocalSearchParams } from "expo-router";

import { Screen } from "@/components/ui";
import { VisitDetail } from "@/features/field/components/visit-detail";

export default function VisitScreen() {
  const { visitId } = useLocalSearchParams<{ visitId: string }>();
  return (
    <Screen>
      <VisitDetail visitId={visitId} />
    </Screen>
  );
}
