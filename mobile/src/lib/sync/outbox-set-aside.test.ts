import { captureLead, LEAD_ID, OTHER_LEAD_ID, setupOutbox as setup } from "../../../test/outbox-fixtures";
import type { WriteRequest } from "./outbox-types";

const ping = (n: number): WriteRequest => ({
  lane: "telemetry",
  kind: "telemetry.ping",
  label: `Location ping ${n}`,
  method: "POST",
  path: `/api/v1/pings/${n}`,
  body: { id: `ping-${n}`, latitude: 28.6, longitude: 77.2 },
});

describe("outbox: writes that keep failing", () => {
  it.each([500, 503, 408, 429])("sets a write aside after 5 answers of %i, and unrelated writes go on", async (status) => {
    const { server, clock, outbox } = await setup();
    server.broken.set("/api/v1/leads", status);
    await outbox.enqueue(captureLead(LEAD_ID, "Always fails"));
    await outbox.enqueue({
      kind: "contacts.create",
      label: "New contact",
      method: "POST",
      path: "/api/v1/customers/c1/contacts",
      body: { id: "contact-1", name: "Ravi" },
      entityKind: "contacts",
      entityId: "contact-1",
      scopeIds: ["c1"],
    });

    for (let round = 0; round < 5; round += 1) {
      await outbox.flush();
      clock.now += 10 * 60_000;
    }

    const [lead, ...rest] = outbox.getSnapshot();
    expect(rest).toEqual([]);
    expect(server.countOf("contacts")).toBe(1);
    expect(lead).toEqual(
      expect.objectContaining({
        status: "failed",
        attempts: 5,
        lastError: expect.objectContaining({ title: "Set aside after 5 failed attempts", action: "retry", status }),
      }),
    );
    // Set aside means left alone: no more attempts until the person asks.
    const sentSoFar = server.received.length;
    clock.now += 60 * 60_000;
    await outbox.flush({ force: true });
    expect(server.received).toHaveLength(sentSoFar);

    server.broken.clear();
    await outbox.retry(lead!.id);
    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("sets aside a write whose answer never comes while the server answers everything else", async () => {
    const { server, clock, outbox } = await setup();
    server.broken.set("/api/v1/leads", "no-answer");
    await outbox.enqueue(captureLead());

    for (let round = 0; round < 5; round += 1) {
      await outbox.flush();
      clock.now += 10 * 60_000;
    }

    expect(outbox.getSnapshot()[0]).toEqual(expect.objectContaining({ status: "failed", attempts: 5 }));
    // Every retry carried the same key: the server still holds exactly one lead.
    expect(new Set(server.received.map((request) => request.headers["Idempotency-Key"])).size).toBe(1);
    expect(server.countOf("leads")).toBe(1);
  });

  it("never sets a write aside for being offline, however long", async () => {
    const { server, clock, outbox } = await setup();
    server.network = "offline";
    await outbox.enqueue(captureLead());

    for (let round = 0; round < 20; round += 1) {
      await outbox.flush({ force: true });
      clock.now += 10 * 60_000;
    }

    expect(outbox.getSnapshot()[0]).toEqual(expect.objectContaining({ status: "pending", attempts: 0, tries: 20 }));
    server.network = "online";
    await outbox.flush({ force: true });
    expect(server.countOf("leads")).toBe(1);
  });

  it("lets the server rest when two different writes fail in a row", async () => {
    const { server, outbox } = await setup();
    server.broken.set("/api/v1/leads", 503);
    await outbox.enqueue(captureLead(LEAD_ID, "One"));
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Two"));
    await outbox.enqueue(captureLead("0190a000-0000-7000-8000-00000000cccc", "Three"));

    const result = await outbox.flush();

    expect(result.stoppedBy).toBe("server");
    expect(server.received).toHaveLength(2);
  });
});

describe("outbox lanes", () => {
  it("sends business writes first and never holds them behind failing telemetry", async () => {
    const { server, clock, outbox } = await setup();
    for (let n = 1; n <= 3; n += 1) {
      server.broken.set(`/api/v1/pings/${n}`, 500);
      await outbox.enqueue(ping(n));
    }
    await outbox.enqueue(captureLead());

    const result = await outbox.flush();
    await outbox.backgroundSettled();

    expect(result).toEqual(expect.objectContaining({ sent: 1, stoppedBy: null }));
    expect(server.received[0]!.path).toBe("/api/v1/leads");
    expect(server.countOf("leads")).toBe(1);
    expect(outbox.getSnapshot().map((item) => item.lane)).toEqual(["telemetry", "telemetry", "telemetry"]);

    clock.now += 10 * 60_000;
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Later"));
    await outbox.flush();
    expect(server.countOf("leads")).toBe(2);
  });

  it("does not wait for a slow upload before sending business writes", async () => {
    let release: () => void = () => undefined;
    const uploadDone = new Promise<void>((resolve) => (release = resolve));
    const { server, outbox } = await setup({
      wrapTransport: (transport) => async (request) => {
        if (request.path === "/api/v1/attachments") await uploadDone;
        return transport(request);
      },
    });
    await outbox.enqueue({
      lane: "upload",
      kind: "attachments.upload",
      label: "Receipt photo",
      method: "POST",
      path: "/api/v1/attachments",
      body: { id: "photo-1", data: "..." },
    });
    await outbox.flush();
    // The upload is still on its way when the engineer records a lead.
    await outbox.enqueue(captureLead());
    const result = await outbox.flush();

    expect(result.sent).toBe(1);
    expect(server.countOf("leads")).toBe(1);
    expect(outbox.getSnapshot().map((item) => item.lane)).toEqual(["upload"]);
    release();
    await outbox.backgroundSettled();
    expect(outbox.getSnapshot()).toEqual([]);
  });
});
