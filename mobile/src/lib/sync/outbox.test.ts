import { captureLead, LEAD_ID, OTHER_LEAD_ID, openDatabase, setupOutbox as setup } from "../../../test/outbox-fixtures";
import { SqlOutboxStore } from "./outbox-store";

describe("outbox delivery", () => {
  it("shows a write as pending at once and sends nothing while offline, without counting it against the write", async () => {
    const { server, outbox } = await setup();
    server.network = "offline";

    const item = await outbox.enqueue(captureLead());

    expect(outbox.getSnapshot()).toEqual([expect.objectContaining({ id: item.id, status: "pending" })]);
    const result = await outbox.flush();
    expect(result.stoppedBy).toBe("offline");
    expect(server.records.size).toBe(0);
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({
        status: "pending",
        attempts: 0,
        tries: 1,
        lastError: expect.objectContaining({ kind: "network" }),
      }),
    );
  });

  it("delivers a lead captured offline exactly once after the network returns", async () => {
    const { server, clock, outbox } = await setup();
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
    const { server, clock, outbox } = await setup();
    await outbox.enqueue(captureLead());
    server.network = "lose-response";

    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ attempts: 1, lastError: expect.objectContaining({ title: "No answer to this change" }) }),
    );

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
    const before = await setup();
    before.server.network = "offline";
    await before.outbox.enqueue(captureLead());
    await before.outbox.flush();

    // The app is killed; on the next start the same file is opened by a new outbox.
    const reopened = await openDatabase(before.db.bytes());
    const after = await setup({ db: reopened });
    const restored = await after.outbox.load();

    expect(restored).toEqual([
      expect.objectContaining({ kind: "leads.create", label: "New lead: Asha Rao", status: "pending", tries: 1 }),
    ]);
    await after.outbox.flush({ force: true });
    expect(after.server.countOf("leads")).toBe(1);
    expect(await new SqlOutboxStore(reopened).all()).toEqual([]);
  });

  it("keeps the copy an edit was made on with the write, across a restart, but not for an edit chained behind another", async () => {
    const before = await setup();
    before.server.network = "offline";
    const edit = (notes: string) => ({
      kind: "leads.update",
      label: "Edit lead: Asha Rao",
      method: "PATCH" as const,
      path: `/api/v1/leads/${LEAD_ID}`,
      body: { notes },
      ifMatch: 6,
      base: { id: LEAD_ID, version: 6, notes: "old" },
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await before.outbox.enqueue(edit("first"));
    await before.outbox.enqueue(edit("second"));

    const reopened = await openDatabase(before.db.bytes());
    const [first, second] = await (await setup({ db: reopened })).outbox.load();
    expect(JSON.parse(first!.base!)).toEqual({ id: LEAD_ID, version: 6, notes: "old" });
    expect(second).toEqual(expect.objectContaining({ ifMatch: "chained", base: null }));
  });

  it("holds only the writes on the same record behind a server error; unrelated ones go on, in capture order", async () => {
    const { server, clock, outbox } = await setup();
    await outbox.enqueue(captureLead(LEAD_ID, "First"));
    await outbox.enqueue({
      kind: "leads.qualify",
      label: "Qualify First",
      method: "POST",
      path: `/api/v1/leads/${LEAD_ID}/qualify`,
      body: {},
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Second"));
    server.scripted.push({ status: 503, body: { code: "unavailable", title: "Service unavailable" } });

    const result = await outbox.flush();
    expect(result).toEqual(expect.objectContaining({ sent: 1, remaining: 2 }));
    expect(server.received.map((request) => request.path)).toEqual(["/api/v1/leads", "/api/v1/leads"]);

    clock.now += 60_000;
    await outbox.flush();
    const sent = server.received.map((request) => JSON.parse(request.body!).person_name ?? request.path.split("/").at(-1));
    expect(sent).toEqual(["First", "Second", "First", "qualify"]);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("backs off exponentially between attempts and honours Retry-After", async () => {
    const { server, clock, outbox } = await setup();
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

  it("runs one flush at a time, so a write is never sent twice concurrently", async () => {
    const { server, outbox } = await setup();
    await outbox.enqueue(captureLead());

    const results = await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);

    expect(results.map((result) => result.sent)).toEqual([1, 0, 0]);
    expect(server.received).toHaveLength(1);
  });

  it("sends a write queued while a flush is running without waiting for the next trigger", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { server, outbox } = await setup({
      wrapTransport: (transport) => async (request) => {
        await gate;
        return transport(request);
      },
    });
    await outbox.enqueue(captureLead(LEAD_ID, "First"));
    const first = outbox.flush();
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Second"));
    const second = outbox.flush();
    release();

    await Promise.all([first, second]);
    expect(server.countOf("leads")).toBe(2);
  });

  it("exposes when the next waiting write is due", async () => {
    const { server, clock, outbox } = await setup();
    expect(outbox.nextAttemptAt()).toBeNull();
    server.network = "offline";
    await outbox.enqueue(captureLead());
    await outbox.flush();
    expect(outbox.nextAttemptAt()).toBe(clock.now + 1_500);
  });
});
