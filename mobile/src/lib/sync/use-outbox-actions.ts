import { useMutation } from "@tanstack/react-query";

import type { RecordKind } from "../local-records";
import type { OutboxItem } from "./outbox-types";
import { useServices } from "./sync-provider";

/** The record a write changes: the path itself for PATCH, the parent of an action (`/leads/{id}/qualify`). */
export function entityPath(item: OutboxItem): string {
  if (item.method === "PATCH" || item.method === "PUT") return item.path;
  const parts = item.path.split("/");
  const index = item.entityId ? parts.lastIndexOf(item.entityId) : -1;
  return index > 0 ? parts.slice(0, index + 1).join("/") : item.path;
}

export function useOutboxActions() {
  const { outbox, engine, auth, records, refreshViews } = useServices();

  const afterChange = () => engine.kick();

  const retry = useMutation({
    mutationFn: async (item: OutboxItem) => {
      await outbox.retry(item.id);
      afterChange();
    },
  });

  /** Drops the write and undoes its local change (a refused stage move shows the server's stage again). */
  const discard = useMutation({
    mutationFn: async (item: OutboxItem) => {
      await outbox.discard(item.id);
      refreshViews();
    },
  });

  const amend = useMutation({
    mutationFn: async ({ item, body }: { item: OutboxItem; body: unknown }) => {
      await outbox.amend(item.id, body);
      afterChange();
    },
  });

  /** After a 412: read the record as it is now, keep it locally, and send the change against its version. */
  const reloadAndReapply = useMutation({
    mutationFn: async (item: OutboxItem) => {
      const session = auth.session;
      if (!session) throw new Error("Sign in first");
      const response = await auth.authorizedFetch(new Request(`${session.serverUrl}${entityPath(item)}`));
      if (!response.ok) throw new Error(`Could not reload the record (${response.status})`);
      const current = (await response.json()) as { id: string; version: number };
      // The server's copy becomes the one to go back to; the change on screen stays while it waits.
      if (item.entityKind) await records.putServer(item.entityKind as RecordKind, [current]);
      await outbox.reapply(item.id, current.version);
      afterChange();
    },
  });

  const syncNow = useMutation({ mutationFn: () => engine.sync({ force: true }) });

  /** The server's first word on a write (see Outbox.settled). */
  const settled = (id: string, timeoutMs: number) => outbox.settled(id, timeoutMs);

  return { retry, discard, amend, reloadAndReapply, syncNow, settled };
}
