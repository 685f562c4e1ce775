import { Badge } from "@/components/ui";
import { t } from "@/i18n";
import { useWriteState } from "@/lib/sync/hooks";

/**
 * "Pending" until the server confirms the record's writes; "Needs attention" when
 * one was refused; "Needs your decision" when someone else saved it first.
 */
export function WriteStateBadge({ entityId, isPending }: { entityId: string; isPending?: boolean }) {
  const state = useWriteState(entityId) ?? (isPending ? "pending" : null);
  if (state === "decide") return <Badge label={t("sync.decide")} tone="warning" testID={`decide-${entityId}`} />;
  if (state === "failed") return <Badge label={t("sync.failed")} tone="danger" testID={`failed-${entityId}`} />;
  if (state === "pending") return <Badge label={t("sync.pending")} tone="warning" testID={`pending-${entityId}`} />;
  return null;
}
