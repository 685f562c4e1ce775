import { useMutation, useQueryClient } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

import { deviceName } from "../api/device-name";
import { fetchMe } from "../api/me";

export interface SignInInput {
  serverUrl: string;
  email: string;
  password: string;
  /** Sign in as someone else even though the last person's writes were never sent. */
  discardOthersWrites?: boolean;
}

/** The last person to use this phone still has writes waiting: signing in as someone else would drop them. */
export class UnsentWritesError extends Error {
  constructor(
    readonly count: number,
    readonly owner: string,
  ) {
    super(`${count} change(s) by ${owner} have not reached the server yet.`);
    this.name = "UnsentWritesError";
  }
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
        const unsent = outbox.getSnapshot().length;
        if (unsent > 0 && !input.discardOthersWrites) throw new UnsentWritesError(unsent, previous);
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
