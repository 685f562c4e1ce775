import { setupOutbox } from "../../../test/outbox-fixtures";
import { SyncEngine } from "./engine";

async function setup(pull: () => Promise<string[]> = async () => [], now: () => number = () => Date.now()) {
  const { server, outbox } = await setupOutbox({ now: () => Date.now() });
  let saved: number | null = null;
  const engine = new SyncEngine({
    outbox,
    pull,
    onChange: jest.fn(),
    loadLastSyncAt: async () => saved,
    saveLastSyncAt: async (at) => void (saved = at),
    now,
  });
  return { server, outbox, engine };
}

const lead = {
  kind: "leads.create",
  label: "New lead",
  method: "POST" as const,
  path: "/api/v1/leads",
  body: { id: "0190a000-0000-7000-8000-00000000aaaa", person_name: "Asha" },
  entityId: "0190a000-0000-7000-8000-00000000aaaa",
};

async function waitForCalls(mock: jest.Mock, count: number): Promise<void> {
  for (let tries = 0; tries < 100 && mock.mock.calls.length < count; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("SyncEngine", () => {
  afterEach(() => jest.useRealTimers());

  it("sends the outbox before pulling, and records the time of a complete sync", async () => {
    const order: string[] = [];
    const { server, outbox, engine } = await setup(
      async () => {
        order.push(`pull after ${server.received.length} sent`);
        return [];
      },
      () => 42_000,
    );
    await engine.start();
    await outbox.enqueue(lead);

    await engine.sync();

    expect(order).toEqual(["pull after 1 sent"]);
    expect(engine.getStatus()).toEqual(expect.objectContaining({ lastSyncAt: 42_000, syncing: false, online: true }));
    engine.stop();
  });

  it("pulls again once an upload went (the record comes back with its file), and not after an empty run", async () => {
    const pull = jest.fn(async () => []);
    const { server, outbox, engine } = await setup(pull);
    await engine.start();
    await outbox.enqueue({ ...lead, lane: "upload", kind: "attachments.upload", path: "/api/v1/leads", entityId: "photo-1" });

    await engine.sync();
    await outbox.backgroundSettled();

    expect(server.received).toHaveLength(1);
    await waitForCalls(pull, 2);
    await outbox.backgroundSettled();
    // The second round found nothing to upload: no third pull.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pull).toHaveBeenCalledTimes(2);
    engine.stop();
  });

  it("does not pull while offline and goes back to syncing when the network returns", async () => {
    const pull = jest.fn(async () => []);
    const { server, outbox, engine } = await setup(pull);
    await engine.start();
    server.network = "offline";
    await outbox.enqueue(lead);

    await engine.sync();
    expect(engine.getStatus().online).toBe(false);
    expect(pull).not.toHaveBeenCalled();

    server.network = "online";
    engine.setOnline(true);
    await engine.sync();
    expect(server.countOf("leads")).toBe(1);
    expect(pull).toHaveBeenCalled();
    engine.stop();
  });

  it("pulls after writes sent on their own, so what the server made of them arrives", async () => {
    const pull = jest.fn(async () => []);
    const { outbox, engine } = await setup(pull);
    await engine.start();
    await outbox.enqueue(lead);

    engine.kick();

    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pull).toHaveBeenCalledTimes(1);
    engine.stop();
  });

  it("keeps the last sync time when a pull fails, and says what failed", async () => {
    const { engine } = await setup(async () => ["leads: Request failed (500)"]);
    await engine.start();
    await engine.sync();
    expect(engine.getStatus()).toEqual(expect.objectContaining({ lastSyncAt: null, pullErrors: ["leads: Request failed (500)"] }));
    engine.stop();
  });

  it("retries a backed-off write by itself when it falls due", async () => {
    jest.useFakeTimers();
    const { server, outbox, engine } = await setup();
    await engine.start();
    server.network = "offline";
    await outbox.enqueue(lead);
    await engine.sync();

    server.network = "online";
    await jest.advanceTimersByTimeAsync(1_000);
    expect(server.countOf("leads")).toBe(0);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(server.countOf("leads")).toBe(1);
    engine.stop();
  });

  it("answers a sync asked for during a round only after one more pull, so the caller sees what changed meanwhile", async () => {
    let pulls = 0;
    let releaseFirst: () => void = () => undefined;
    const firstPull = new Promise<void>((resolve) => (releaseFirst = resolve));
    const { engine } = await setup(async () => {
      pulls += 1;
      if (pulls === 1) await firstPull;
      return [];
    });
    await engine.start();

    const first = engine.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Someone changed something on the server after the running round pulled: ask again.
    const second = engine.sync();
    const third = engine.sync({ force: true });
    releaseFirst();

    await Promise.all([first, second, third]);
    expect(pulls).toBe(2);
    engine.stop();
  });
});
