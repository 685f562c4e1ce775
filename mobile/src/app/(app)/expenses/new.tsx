import { useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { NewExpenseReportForm } from "@/features/expenses/components/new-report-form";
import { dayKey, dayOf } from "@/lib/calendar";

export default function NewExpenseReportScreen() {
  const router = useRouter();
  return (
    <Screen>
      <NewExpenseReportForm
        today={dayKey(dayOf(new Date()))}
        onSaved={(reportId) => router.replace({ pathname: "/expenses/[reportId]", params: { reportId } })}
      />
    </Screen>
  );
}
