import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

import { deviceName } from "../api/device-name";
import { fetchMe } from "../api/me";

export interface SignInInput {
  serverUrl: string;
  email: string;
  password: string;
}

export function useSignIn() {
  const { auth, api, records, engine, outbox } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      const previous = await records.getMeta("signed_in_email");
      const email = input.email.trim().toLowerCase();
      // Another person's cached customers and queued writes must not leak into this session.
      if (previous && previous !== email) {
        await records.clear();
        await outbox.load();
      }
      await auth.signIn({ ...input, deviceName: deviceName() });
      await records.setMeta("signed_in_email", email);
      await fetchMe(api(), records);
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      void engine.sync({ force: true });
    },
  });
}
