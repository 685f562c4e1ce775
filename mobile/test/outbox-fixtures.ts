/** The outbox on a real (sql.js) SQLite database, a fake server and a clock the test moves. */
import { LocalRecords } from "@/lib/local-records";
import { migrate } from "@/lib/sql";
import { Outbox, type OutboxOptions, type WriteRequest } from "@/lib/sync/outbox";
import { SqlOutboxStore } from "@/lib/sync/outbox-store";
import type { Transport } from "@/lib/sync/outbox-types";

import { FakeServer, sequentialIds } from "./fake-server";
import { SqlJsDatabase } from "./sql-js-database";

export const LEAD_ID = "0190a000-0000-7000-8000-00000000aaaa";
export const OTHER_LEAD_ID = "0190a000-0000-7000-8000-00000000bbbb";

export function captureLead(id = LEAD_ID, name = "Asha Rao"): WriteRequest {
  return {
    kind: "leads.create",
    label: `New lead: ${name}`,
    method: "POST",
    path: "/api/v1/leads",
    body: { id, person_name: name, source: "field_visit" },
    entityKind: "leads",
    entityId: id,
  };
}

export async function openDatabase(bytes?: Uint8Array): Promise<SqlJsDatabase> {
  const db = await SqlJsDatabase.open(bytes);
  await migrate(db);
  return db;
}

export async function setupOutbox(
  overrides: Partial<OutboxOptions> & { db?: SqlJsDatabase; wrapTransport?: (transport: Transport) => Transport } = {},
) {
  const { db: given, wrapTransport, ...options } = overrides;
  const db = given ?? (await openDatabase());
  const server = new FakeServer();
  const clock = { now: 1_000_000 };
  const outbox = new Outbox({
    store: new SqlOutboxStore(db),
    transport: wrapTransport ? wrapTransport(server.transport) : server.transport,
    reachable: server.reachable,
    newId: sequentialIds(),
    now: () => clock.now,
    random: () => 0.5,
    ...options,
  });
  return { server, clock, outbox, db, records: new LocalRecords(db) };
}
