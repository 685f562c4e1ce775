import { useState, useSyncExternalStore } from "react";

import type { SyncStatus } from "./engine";
import { needsDecision } from "./outbox-errors";
import type { OutboxItem } from "./outbox-types";
import { useServices } from "./sync-provider";

export function useOutboxItems(): readonly OutboxItem[] {
  const { outbox } = useServices();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
}

export function useSyncStatus(): SyncStatus {
  const { engine } = useServices();
  return useSyncExternalStore(engine.subscribe, engine.getStatus, engine.getStatus);
}

/**
 * The outbox state of one record's own writes: "decide" (an edit someone else
 * saved first) and "failed" win over "pending".
 */
export function useWriteState(entityId: string | undefined): "decide" | "failed" | "pending" | null {
  const items = useOutboxItems();
  const mine = items.filter((item) => item.entityId === entityId);
  if (mine.some(needsDecision)) return "decide";
  if (mine.some((item) => item.status === "failed")) return "failed";
  return mine.length ? "pending" : null;
}

const WAIT_FOR_ANSWER_MS = 8_000;

/**
 * A form's write and the server's first word on it. `submit` queues the write and
 * waits briefly for that word: null when it went through or waits for the network
 * (the form can close), the refused item otherwise, kept in `problem` for the form
 * to show next to its Save button. Saving again replaces a refused write.
 */
export function useFormWrite() {
  const { outbox } = useServices();
  const items = useOutboxItems();
  const [problemId, setProblemId] = useState<string | null>(null);
  const problem = problemId ? (items.find((item) => item.id === problemId && item.status === "failed") ?? null) : null;

  const submit = async (capture: () => Promise<OutboxItem>): Promise<OutboxItem | null> => {
    if (problem) await outbox.discard(problem.id);
    setProblemId(null);
    const item = await capture();
    const outcome = await outbox.settled(item.id, WAIT_FOR_ANSWER_MS);
    if (outcome?.status !== "failed") return null;
    setProblemId(outcome.id);
    return outcome;
  };

  return { submit, problem, clear: () => setProblemId(null) };
}
