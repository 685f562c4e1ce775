import { useMutation, useQuery } from "@tanstack/react-query";

import type { RecordKind } from "../local-records";
import type { SqlExecutor } from "../sql";
import type { OutboxItem } from "./outbox-types";
import { useServices } from "./sync-provider";

/** The record a write changes: the path itself for PATCH, the parent of an action (`/leads/{id}/qualify`). */
export function entityPath(item: OutboxItem): string {
  if (item.method === "PATCH" || item.method === "PUT") return item.path;
  const parts = item.path.split("/");
  const index = item.entityId ? parts.lastIndexOf(item.entityId) : -1;
  return index > 0 ? parts.slice(0, index + 1).join("/") : item.path;
}

/** A record as the server holds it now, with the version to send as If-Match. */
export interface CurrentRecord {
  record: { id: string } & Record<string, unknown>;
  version: string;
  /**
   * The server's copy the edit was made on: kept with the write, else the phone's
   * copy when it is still exactly that version (the one sent as If-Match); null when unknown.
   */
  base: Record<string, unknown> | null;
}

/** Reads the record a write changes as the server holds it now (its ETag, else its `version`). */
export function useCurrentRecord(item: OutboxItem, enabled: boolean) {
  const { auth, records } = useServices();
  return useQuery({
    queryKey: ["outbox-current", item.id, item.ifMatch],
    enabled,
    queryFn: async (): Promise<CurrentRecord> => {
      const session = auth.session;
      if (!session) throw new Error("Sign in first");
      const response = await auth.authorizedFetch(new Request(`${session.serverUrl}${entityPath(item)}`));
      if (!response.ok) throw new Error(`Could not load the saved record (${response.status})`);
      const record = (await response.json()) as CurrentRecord["record"];
      const etag = response.headers.get("ETag");
      const version = etag ? etag.replace(/^W\//, "").replace(/"/g, "") : String(record.version ?? "");
      if (!version) throw new Error("The saved record has no version");
      if (item.base) return { record, version, base: JSON.parse(item.base) as Record<string, unknown> };
      const held = item.entityKind && item.entityId ? await records.serverCopy<Record<string, unknown>>(item.entityKind as RecordKind, item.entityId) : null;
      const base = held && item.ifMatch !== null && String(held.version) === item.ifMatch ? held.data : null;
      return { record, version, base };
    },
  });
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

  /** After a 412 resolved field by field: send only the kept values against the version compared with. */
  const resolveConflict = useMutation({
    mutationFn: async ({ item, current, body }: { item: OutboxItem; current: CurrentRecord; body: Record<string, unknown> }) => {
      const kind = item.entityKind as RecordKind | null;
      const local = async (tx: SqlExecutor) => {
        if (!kind) return;
        // The server's copy becomes the one to go back to; the phone shows it with the kept values on top.
        await records.within(tx).putServer(kind, [current.record]);
        await records.within(tx).putLocal(kind, [{ ...current.record, ...body }]);
      };
      // The version compared with is the one the resent edit is made on.
      await outbox.resolve(item.id, body, current.version, local, current.record);
      refreshViews();
      afterChange();
    },
  });

  /** After a 412: drop the change and show the record as the other person saved it. */
  const keepTheirs = useMutation({
    mutationFn: async ({ item, current }: { item: OutboxItem; current: CurrentRecord }) => {
      if (item.entityKind) await records.putServer(item.entityKind as RecordKind, [current.record]);
      await outbox.discard(item.id);
      refreshViews();
    },
  });

  const syncNow = useMutation({ mutationFn: () => engine.sync({ force: true }) });

  /** The server's first word on a write (see Outbox.settled). */
  const settled = (id: string, timeoutMs: number) => outbox.settled(id, timeoutMs);

  return { retry, discard, amend, reloadAndReapply, resolveConflict, keepTheirs, syncNow, settled };
}
