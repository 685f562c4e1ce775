/** The outbox on an in-memory (or given) store, a fake server and a clock the test moves. */
import { Outbox, type OutboxOptions, type WriteRequest } from "@/lib/sync/outbox";
import { MemoryOutboxStore } from "@/lib/sync/outbox-store";
import type { OutboxStore } from "@/lib/sync/outbox-types";

import { FakeServer, sequentialIds } from "./fake-server";

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

export function setupOutbox(overrides: Partial<OutboxOptions> & { store?: OutboxStore } = {}) {
  const server = new FakeServer();
  const clock = { now: 1_000_000 };
  const outbox = new Outbox({
    store: overrides.store ?? new MemoryOutboxStore(),
    transport: server.transport,
    newId: sequentialIds(),
    now: () => clock.now,
    random: () => 0.5,
    ...overrides,
  });
  return { server, clock, outbox };
}

