import { useQuery, useQueryClient } from "@tanstack/react-query";

import { NetworkError } from "@/lib/api/problem";
import { useSyncStatus } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";

import { fetchNumbers, isDue, keptNumbers, type KeptNumbers } from "../api/my-numbers";

const KEPT = ["my-numbers", "kept"] as const;

export type NumbersState =
  /** The numbers shown are the server's latest (or being asked again). */
  | "current"
  /** No network: the numbers shown are the last the phone had. */
  | "offline"
  /** The server refused or failed: the numbers shown (if any) are the last the phone had. */
  | "failed";

export interface MyNumbersView {
  kept: KeptNumbers | null;
  /** The phone's own copy is still being read (a moment, never the network). */
  loading: boolean;
  /** The server is being asked (the kept numbers, if any, stay on screen meanwhile). */
  updating: boolean;
  state: NumbersState;
  problem: string | null;
  /** Ask the server again now. */
  retry: () => void;
}

/**
 * The engineer's numbers as the phone holds them, refreshed from the server when a
 * sync brought newer records (api/my-numbers.ts). Reading the local copy and asking
 * the server are two queries, so a slow network never hides what the phone has.
 */
export function useMyNumbers(): MyNumbersView {
  const { api, records } = useServices();
  const queryClient = useQueryClient();
  const { online, lastSyncAt } = useSyncStatus();
  const kept = useQuery({ queryKey: KEPT, queryFn: () => keptNumbers(records) });
  const refresh = useQuery({
    queryKey: ["my-numbers", "server", lastSyncAt],
    enabled: online && kept.isSuccess,
    retry: false,
    queryFn: async (): Promise<KeptNumbers | null> => {
      const started = Date.now();
      const held = await keptNumbers(records);
      if (!isDue(held, lastSyncAt, started)) return held;
      const fresh = await fetchNumbers(api(), records, started);
      queryClient.setQueryData(KEPT, fresh);
      return fresh;
    },
  });
  const error = refresh.isError ? refresh.error : null;
  const offline = !online || error instanceof NetworkError;
  return {
    kept: kept.data ?? null,
    loading: kept.isPending,
    updating: refresh.isFetching,
    state: offline ? "offline" : error ? "failed" : "current",
    problem: error && !offline ? error.message : null,
    retry: () => void refresh.refetch(),
  };
}
