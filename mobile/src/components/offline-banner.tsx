import { StyleSheet, View } from "react-native";

import { Button, Notice } from "@/components/ui";
import { t } from "@/i18n";
import { useAuthState } from "@/lib/auth/hooks";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";
import { space } from "@/theme";

/** Says so when the phone works on its own copy, or when the session needs a new sign-in. */
export function OfflineBanner() {
  const status = useSyncStatus();
  const auth = useAuthState();
  const services = useServices();
  if (auth.status === "signed-in" && auth.expired) {
    return (
      <View style={styles.expired}>
        <Notice tone="warning" title={t("sync.expired")} />
        {/* Queued writes stay on the phone and go out after the same person signs in again. */}
        <Button label="Sign in again" variant="secondary" onPress={() => void services.auth.signOut()} />
      </View>
    );
  }
  if (!status.online) return <Notice tone="info" title={t("sync.offline")} testID="offline-banner" />;
  return null;
}

const styles = StyleSheet.create({ expired: { marginBottom: space.md } });
