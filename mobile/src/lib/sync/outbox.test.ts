import { FakeServer, sequentialIds } from "../../../test/fake-server";
import { SqlJsDatabase } from "../../../test/sql-js-database";
import { migrate } from "../sql";
import { Outbox, type OutboxOptions, type WriteRequest } from "./outbox";
import { MemoryOutboxStore, SqlOutboxStore } from "./outbox-store";
import type { OutboxStore } from "./outbox-types";

const LEAD_ID = "0190a000-0000-7000-8000-00000000aaaa";
const OTHER_LEAD_ID = "0190a000-0000-7000-8000-00000000bbbb";

function captureLead(id = LEAD_ID, name = "Asha Rao"): WriteRequest {
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

function setup(overrides: Partial<OutboxOptions> & { store?: OutboxStore } = {}) {
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

describe("outbox", () => {
  it("shows a write as pending at once and sends nothing while offline", async () => {
    const { server, outbox } = setup();
    server.network = "offline";

    const item = await outbox.enqueue(captureLead());

    expect(outbox.getSnapshot()).toEqual([expect.objectContaining({ id: item.id, status: "pending" })]);
    const result = await outbox.flush();
    expect(result.stoppedBy).toBe("offline");
    expect(server.records.size).toBe(0);
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ status: "pending", attempts: 1, lastError: expect.objectContaining({ kind: "network" }) }),
    );
  });

  it("delivers a lead captured offline exactly once after the network returns", async () => {
    const { server, clock, outbox } = setup();
    server.network = "offline";
    await outbox.enqueue(captureLead());
    await outbox.flush();
    await outbox.flush({ force: true });

    server.network = "online";
    clock.now += 60_000;
    const result = await outbox.flush();
    await outbox.flush();

    expect(result).toEqual({ sent: 1, failed: 0, remaining: 0, stoppedBy: null });
    expect(server.countOf("leads")).toBe(1);
    expect(server.received).toHaveLength(1);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("retries a write whose answer was lost with the same key and body, and the server keeps one record", async () => {
    const { server, clock, outbox } = setup();
    await outbox.enqueue(captureLead());
    server.network = "lose-response";

    const first = await outbox.flush();
    expect(first.stoppedBy).toBe("offline");
    expect(server.countOf("leads")).toBe(1);

    clock.now += 60_000;
    await outbox.flush();

    expect(server.received).toHaveLength(2);
    const [original, retried] = server.received;
    expect(retried!.headers["Idempotency-Key"]).toBe(original!.headers["Idempotency-Key"]);
    expect(retried!.body).toBe(original!.body);
    expect(server.countOf("leads")).toBe(1);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("keeps the queue in SQLite across an app restart", async () => {
    const db = await SqlJsDatabase.open();
    await migrate(db);
    const before = setup({ store: new SqlOutboxStore(db) });
    before.server.network = "offline";
    await before.outbox.enqueue(captureLead());
    await before.outbox.flush();

    // The app is killed; on the next start the same file is opened by a new outbox.
    const reopened = await SqlJsDatabase.open(db.bytes());
    await migrate(reopened);
    const after = setup({ store: new SqlOutboxStore(reopened) });
    const restored = await after.outbox.load();

    expect(restored).toEqual([
      expect.objectContaining({ kind: "leads.create", label: "New lead: Asha Rao", status: "pending", attempts: 1 }),
    ]);
    await after.outbox.flush({ force: true });
    expect(after.server.countOf("leads")).toBe(1);
    expect(await new SqlOutboxStore(reopened).all()).toEqual([]);
  });

  it("sends in capture order and holds later writes behind a failing one", async () => {
    const { server, clock, outbox } = setup();
    await outbox.enqueue(captureLead(LEAD_ID, "First"));
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Second"));
    server.scripted.push({ status: 503, body: { code: "unavailable", title: "Service unavailable" } });

    const result = await outbox.flush();
    expect(result).toEqual(expect.objectContaining({ sent: 0, stoppedBy: "server", remaining: 2 }));
    expect(server.received).toHaveLength(1);

    clock.now += 60_000;
    await outbox.flush();
    const names = server.received.map((request) => JSON.parse(request.body!).person_name);
    expect(names).toEqual(["First", "First", "Second"]);
  });

  it("backs off exponentially between attempts and honours Retry-After", async () => {
    const { server, clock, outbox } = setup();
    server.network = "offline";
    await outbox.enqueue(captureLead());

    const delays: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await outbox.flush({ force: true });
      delays.push(outbox.getSnapshot()[0]!.nextAttemptAt - clock.now);
    }
    expect(delays).toEqual([1_500, 3_000, 6_000, 12_000]);

    // Not due yet: a plain flush leaves it alone.
    server.network = "online";
    expect((await outbox.flush()).stoppedBy).toBe("backoff");
    expect(server.received).toHaveLength(0);

    server.scripted.push({ status: 429, body: { code: "too_many_requests" }, headers: { "Retry-After": "30" } });
    await outbox.flush({ force: true });
    expect(outbox.getSnapshot()[0]!.nextAttemptAt - clock.now).toBe(30_000);
  });

  it("parks a 422 with its field errors, holds writes on that record, and sends the corrected body under a new key", async () => {
    const { server, outbox } = setup();
    await outbox.enqueue(captureLead());
    await outbox.enqueue({
      kind: "leads.qualify",
      label: "Qualify lead",
      method: "POST",
      path: `/api/v1/leads/${LEAD_ID}/qualify`,
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Unrelated"));
    server.scripted.push({
      status: 422,
      body: {
        code: "validation_error",
        title: "Invalid input",
        errors: [{ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" }],
      },
    });

    const result = await outbox.flush();

    expect(result).toEqual({ sent: 1, failed: 1, remaining: 2, stoppedBy: null });
    const [failed, held] = outbox.getSnapshot();
    expect(failed).toEqual(
      expect.objectContaining({
        status: "failed",
        lastError: expect.objectContaining({
          kind: "validation",
          action: "edit",
          fieldErrors: [{ field: "email", message: "value is not a valid email address" }],
        }),
      }),
    );
    expect(held).toEqual(expect.objectContaining({ kind: "leads.qualify", status: "pending", attempts: 0 }));

    const firstKey = failed!.idempotencyKey;
    await outbox.amend(failed!.id, { id: LEAD_ID, person_name: "Asha Rao", email: "asha@example.com" });
    await outbox.flush();

    const resent = server.received[2]!;
    expect(resent.headers["Idempotency-Key"]).not.toBe(firstKey);
    expect(JSON.parse(resent.body!).email).toBe("asha@example.com");
    expect(outbox.getSnapshot()).toEqual([
      expect.objectContaining({ kind: "leads.qualify", status: "failed" }),
    ]);
  });

  it("parks a 412 as stale and sends it again against the reloaded version", async () => {
    const { server, outbox } = setup();
    server.records.set(LEAD_ID, { id: LEAD_ID, kind: "leads", version: 4, notes: "theirs" });
    const item = await outbox.enqueue({
      kind: "leads.update",
      label: "Edit lead",
      method: "PATCH",
      path: `/api/v1/leads/${LEAD_ID}`,
      body: { notes: "mine" },
      ifMatch: 3,
      entityKind: "leads",
      entityId: LEAD_ID,
    });

    await outbox.flush();
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ status: "failed", lastError: expect.objectContaining({ kind: "stale", action: "reload" }) }),
    );

    await outbox.reapply(item.id, 4);
    await outbox.flush();
    expect(server.received[1]!.headers["If-Match"]).toBe('"4"');
    expect(server.records.get(LEAD_ID)).toEqual(expect.objectContaining({ notes: "mine", version: 5 }));
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("parks a 409 for the person to discard, and undoes it locally when they do", async () => {
    const onDiscarded = jest.fn();
    const { server, outbox } = setup({ onDiscarded });
    const item = await outbox.enqueue(captureLead());
    server.scripted.push({ status: 409, body: { code: "leads.already_converted", title: "Lead already converted" } });

    await outbox.flush();
    expect(outbox.getSnapshot()[0]!.lastError).toEqual(
      expect.objectContaining({ kind: "conflict", action: "discard", code: "leads.already_converted" }),
    );

    await outbox.discard(item.id);
    expect(onDiscarded).toHaveBeenCalledWith(expect.objectContaining({ id: item.id }));
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("chains If-Match through writes made offline on a record the server has not seen yet", async () => {
    const onApplied = jest.fn();
    const { server, outbox } = setup({ onApplied });
    server.network = "offline";
    await outbox.enqueue(captureLead());
    await outbox.enqueue({
      kind: "leads.update",
      label: "Edit lead",
      method: "PATCH",
      path: `/api/v1/leads/${LEAD_ID}`,
      body: { notes: "met at the trade show" },
      ifMatch: 1,
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await outbox.flush();

    server.network = "online";
    await outbox.flush({ force: true });

    expect(server.received.map((request) => request.headers["If-Match"])).toEqual([undefined, '"1"']);
    expect(server.records.get(LEAD_ID)).toEqual(expect.objectContaining({ notes: "met at the trade show", version: 2 }));
    expect(onApplied).toHaveBeenCalledTimes(2);
    expect(onApplied.mock.calls[1][1].body).toEqual(expect.objectContaining({ version: 2 }));
  });

  it("waits for a new sign-in on 401 without parking the write", async () => {
    const { server, outbox } = setup();
    await outbox.enqueue(captureLead());
    server.scripted.push({ status: 401, body: { code: "auth.unauthorized", title: "Authentication required" } });

    const result = await outbox.flush();

    expect(result.stoppedBy).toBe("auth");
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ status: "pending", lastError: expect.objectContaining({ action: "sign-in" }) }),
    );
    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
  });

  it("runs one flush at a time, so a write is never sent twice concurrently", async () => {
    const { server, outbox } = setup();
    await outbox.enqueue(captureLead());

    const results = await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);

    expect(results[0]).toBe(results[1]);
    expect(server.received).toHaveLength(1);
  });

  it("retries a parked write on request", async () => {
    const { server, outbox } = setup();
    const item = await outbox.enqueue(captureLead());
    server.scripted.push({ status: 404, body: { code: "not_found", title: "Not found" } });
    await outbox.flush();
    expect(outbox.getSnapshot()[0]!.status).toBe("failed");

    await outbox.retry(item.id);
    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
  });

  it("exposes when the next waiting write is due", async () => {
    const { server, clock, outbox } = setup();
    expect(outbox.nextAttemptAt()).toBeNull();
    server.network = "offline";
    await outbox.enqueue(captureLead());
    await outbox.flush();
    expect(outbox.nextAttemptAt()).toBe(clock.now + 1_500);
  });
});
