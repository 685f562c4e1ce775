import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { useServices } from "@/lib/sync/sync-provider";

import { checkDuplicates, duplicateInput, type DuplicateCandidate, type DuplicateInput } from "../api/duplicates";

export const DUPLICATE_CHECK_DELAY_MS = 400;

/**
 * Twins of the lead being typed, checked once typing pauses (debounced). A
 * newer pause aborts the request still running for older input. Offline, or
 * when the server cannot be reached, it says nothing: the save checks again.
 */
export function useDuplicateCheck(email: string, phone: string): DuplicateCandidate[] {
  const { api } = useServices();
  const [input, setInput] = useState<DuplicateInput | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = duplicateInput(email, phone);
      setInput((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    }, DUPLICATE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [email, phone]);
  const check = useQuery({
    queryKey: ["leads", "duplicates", input],
    queryFn: ({ signal }) => checkDuplicates(api(), input!, signal),
    enabled: input !== null,
    retry: false,
    staleTime: 30_000,
  });
  return input && check.data ? check.data : [];
}
