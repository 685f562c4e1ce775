import { useSyncExternalStore } from "react";

import type { SyncStatus } from "./engine";
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

/** The outbox state of one record's own writes: "failed" wins over "pending". */
export function useWriteState(entityId: string | undefined): "failed" | "pending" | null {
  const items = useOutboxItems();
  const mine = items.filter((item) => item.entityId === entityId);
  if (mine.some((item) => item.status === "failed")) return "failed";
  return mine.length ? "pending" : null;
}
