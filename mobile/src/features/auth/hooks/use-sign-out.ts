import { useMutation } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

/** Signs out; the cached data stays for the same person's next sign-in unless `forget` is set. */
export function useSignOut() {
  const { auth, records, engine } = useServices();
  return useMutation({
    mutationFn: async ({ forget }: { forget: boolean }) => {
      engine.stop();
      await auth.signOut();
      if (forget) await records.clear();
    },
  });
}
