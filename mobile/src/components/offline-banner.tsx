import { Notice } from "@/components/ui";
import { t } from "@/i18n";
import { useAuthState } from "@/lib/auth/hooks";
import { useSyncStatus } from "@/lib/sync/hooks";

/** Says so when the phone works on its own copy, or when the session needs a new sign-in. */
export function OfflineBanner() {
  const status = useSyncStatus();
  const auth = useAuthState();
  if (auth.status === "signed-in" && auth.expired) return <Notice tone="warning" title={t("sync.expired")} />;
  if (!status.online) return <Notice tone="info" title={t("sync.offline")} testID="offline-banner" />;
  return null;
}
