import { useQuery } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

import { cachedMe } from "../api/me";

export function useMe() {
  const { records } = useServices();
  return useQuery({ queryKey: ["me"], queryFn: () => cachedMe(records) });
}
