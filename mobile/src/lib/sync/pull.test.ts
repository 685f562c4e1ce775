import { FakeApi } from "../../../test/fake-api";
import { buildServices } from "../../../test/services";
import { unwrap } from "../api/client";
import { LocalRecords, type RecordSchemas } from "../local-records";
import { FEED_CURSOR_KEY, FeedPuller, fetchAllPages, type SyncedKind } from "./pull";

interface Row {
  id: string;
  name: string;
  version: number;
  customer_id?: string;
  stage?: string;
}

const schemas: RecordSchemas = {
  customers: { search: (row: Row) => row.name, sortKey: (row: Row) => row.name },
  contacts: { parentId: (row: Row) => row.customer_id ?? null, sortKey: (row: Row) => row.name },
  opportunities: { sortKey: (row: Row) => row.name },
};

/** Small pages, so a test can go past the old cap of 50 pages without 10,000 rows. */
const PAGE = 5;

const listed = (kind: "customers" | "opportunities"): SyncedKind<Row> => ({
  kind,
  list: async (api, cursor) =>
    unwrap(
      await api.GET(`/api/v1/${kind}` as "/api/v1/customers", { params: { query: { limit: PAGE, cursor: cursor ?? undefined } } }),
    ) as never,
});

const kinds: SyncedKind[] = [listed("customers"), { kind: "contacts" }, listed("opportunities")];

const customer = (n: number, version = 1): Row => ({ id: `c${n}`, name: `Customer ${String(n).padStart(5, "0")}`, version });
const deal = (stage: string, version: number): Row => ({ id: "d1", name: "Pumps for Amrit", stage, version });

async function setup() {
  const api = new FakeApi();
  api.lists.set("/api/v1/customers", []);
  api.lists.set("/api/v1/opportunities", []);
  const built = await buildServices({ fetcher: api.fetch as typeof fetch, config: { schemas, kinds } });
  const pull = async () => {
    await built.services.engine.sync();
    return built.services.engine.getStatus().pullErrors;
  };
  return { api, pull, ...built };
}

describe("pull from the change feed", () => {
  it("loads every page of a long list on the first sync, past the old cap of 50 pages, none dropped", async () => {
    const { api, pull, services } = await setup();
    api.lists.set("/api/v1/customers", Array.from({ length: 61 * PAGE - 2 }, (_, n) => customer(n)));

    expect(await pull()).toEqual([]);

    expect(await services.records.count("customers")).toBe(61 * PAGE - 2);
    expect(api.requests.filter((request) => request.startsWith("GET /api/v1/customers"))).toHaveLength(61);
  });

  it("takes the feed's position before the lists, so a change made during the load still arrives", async () => {
    const { api, pull, services } = await setup();
    api.lists.set("/api/v1/customers", [customer(1)]);
    api.upsert("customers", customer(0));
    api.onListPage = (path) => {
      // Someone renames customer 1 while the phone is loading the list.
      if (path === "/api/v1/customers" && api.feed.length === 1) api.upsert("customers", { ...customer(1, 2), name: "Renamed" });
    };

    await pull();

    const cursorRequest = api.requests.findIndex((request) => request.startsWith("GET /api/v1/sync/cursor"));
    const listRequest = api.requests.findIndex((request) => request.startsWith("GET /api/v1/customers"));
    expect(cursorRequest).toBeLessThan(listRequest);
    expect((await services.records.get<Row>("customers", "c1"))!.data.name).toBe("Renamed");
    expect(await services.records.getMeta(FEED_CURSOR_KEY)).toBe("2");
  });

  it("reads contacts (no list of their own) from the feed's start on the first sync", async () => {
    const { api, pull, services } = await setup();
    api.upsert("contacts", { id: "k1", name: "Ravi", customer_id: "c1", version: 1 });

    await pull();

    expect(await services.records.get("contacts", "k1")).toEqual(expect.objectContaining({ isPending: false }));
    const feedReads = api.requests.filter((request) => request.includes("/sync/changes"));
    expect(feedReads[0]).toContain("entity=contacts");
    expect(feedReads[0]).not.toContain("since=");
  });

  it("loads, once, a kind an update of the app added after the first sync, with what was made before it", async () => {
    const api = new FakeApi();
    api.lists.set("/api/v1/customers", []);
    api.lists.set("/api/v1/opportunities", []);
    api.upsert("contacts", { id: "k1", name: "Ravi", customer_id: "c1", version: 1 });
    const before = await buildServices({ fetcher: api.fetch as typeof fetch, config: { schemas, kinds } });
    await before.services.engine.sync();
    // Made before the update; the stored position is past it.
    api.upsert("expense_reports", { id: "x1", name: "Pune trip", version: 1 });
    await before.services.engine.sync();
    expect(await before.services.records.get("expense_reports", "x1")).toBeNull();
    before.services.engine.stop();

    // The updated app keeps expense reports too, on the same database.
    const updated = [...kinds, { kind: "expense_reports" } as SyncedKind];
    const records = new LocalRecords(before.db, schemas);
    const puller = new FeedPuller(updated);
    const context = { api: before.services.api(), records };
    api.requests = [];
    expect(await puller.pull(context)).toEqual([]);

    expect(await records.get("expense_reports", "x1")).toEqual(expect.objectContaining({ isPending: false }));
    expect(api.requests.filter((request) => request.includes("entity=expense_reports") && !request.includes("since="))).toHaveLength(1);
    api.requests = [];
    await puller.pull(context);
    expect(api.requests.filter((request) => !request.includes("since="))).toEqual([]);
  });

  it("pulls only what changed since the stored cursor, again at once while there is more", async () => {
    const { api, pull, services } = await setup();
    await pull();
    for (let n = 0; n < 1_200; n += 1) api.upsert("customers", customer(n));
    api.requests = [];

    await pull();

    expect(api.requests.every((request) => request.includes("/sync/changes"))).toBe(true);
    expect(api.requests).toHaveLength(3);
    expect(api.requests[0]).toContain("since=0");
    expect(api.requests[1]).toContain("since=500");
    expect(await services.records.count("customers")).toBe(1_200);
    expect(await services.records.getMeta(FEED_CURSOR_KEY)).toBe("1200");
  });

  it("drops a customer and its contacts on the customer's tombstone", async () => {
    const { api, pull, services } = await setup();
    api.lists.set("/api/v1/customers", [customer(1)]);
    api.upsert("contacts", { id: "k1", name: "Ravi", customer_id: "c1", version: 1 });
    await pull();
    expect(await services.records.count("contacts")).toBe(1);

    api.remove("customers", "c1", "out_of_scope");
    await pull();

    expect(await services.records.get("customers", "c1")).toBeNull();
    expect(await services.records.count("contacts")).toBe(0);
  });

  it("never overwrites a deal with a move waiting in the outbox; the next pull after it settles heals it", async () => {
    const { api, pull, services, server } = await setup();
    api.lists.set("/api/v1/opportunities", [deal("Potential", 1)]);
    await pull();
    server.scripted.push({ status: 409, body: { code: "opportunities.stage_conflict", title: "The deal moved meanwhile" } });
    await services.capture({
      record: { kind: "opportunities", data: deal("Proposal", 1) },
      write: {
        kind: "opportunities.move",
        label: "Move to Proposal",
        method: "POST",
        path: "/api/v1/opportunities/d1/move",
        body: { stage: "Proposal" },
        entityKind: "opportunities",
        entityId: "d1",
      },
    });

    api.upsert("opportunities", { ...deal("Potential", 2), name: "Renamed on the web" });
    await pull();
    expect(await services.records.get<Row>("opportunities", "d1")).toEqual({
      data: expect.objectContaining({ stage: "Proposal" }),
      isPending: true,
    });

    // The move is refused and given up: the deal shows the server's latest copy, not the stale one.
    await services.outbox.discard(services.outbox.getSnapshot()[0]!.id);
    expect(await services.records.get<Row>("opportunities", "d1")).toEqual({
      data: expect.objectContaining({ stage: "Potential", name: "Renamed on the web", version: 2 }),
      isPending: false,
    });
    api.upsert("opportunities", deal("Purchase order", 3));
    await pull();
    expect((await services.records.get<Row>("opportunities", "d1"))!.data.stage).toBe("Purchase order");
  });

  it("starts over on 410 resync_required: drops the local copy, keeps the outbox and what it waits on", async () => {
    const { api, pull, services, server } = await setup();
    api.lists.set("/api/v1/customers", [customer(1), customer(2)]);
    await pull();
    server.scripted.push({ status: 422, body: { code: "validation_error", title: "Invalid input" } });
    await services.capture({
      record: { kind: "customers", data: { ...customer(9), name: "Made offline" } },
      write: { kind: "customers.create", label: "New customer", method: "POST", path: "/api/v1/customers", body: customer(9), entityKind: "customers", entityId: "c9" },
    });

    // The engineer moved to another territory: customer 2 is no longer theirs, customer 3 is.
    api.lists.set("/api/v1/customers", [customer(1), customer(3)]);
    api.resyncRequired = true;
    expect(await pull()).toEqual([]);

    const ids = (await services.records.list<Row>("customers")).map((record) => record.data.id);
    expect(ids).toEqual(["c1", "c3", "c9"]);
    expect(services.outbox.getSnapshot()).toHaveLength(1);
  });

  it("says what failed and keeps the old cursor when a pull breaks off", async () => {
    const { api, pull, services } = await setup();
    await pull();
    const before = await services.records.getMeta(FEED_CURSOR_KEY);
    api.upsert("customers", customer(1));
    api.failing = 502;

    expect(await pull()).toEqual(["sync: Bad gateway"]);
    expect(await services.records.getMeta(FEED_CURSOR_KEY)).toBe(before);
  });
});

describe("fetchAllPages", () => {
  it("follows the cursor to the end, with no page cap", async () => {
    const pages = Array.from({ length: 75 }, (_, page) => page);
    const items = await fetchAllPages(async (cursor) => {
      const page = Number(cursor ?? 0);
      return { items: [page], next_cursor: page + 1 < pages.length ? String(page + 1) : null };
    });
    expect(items).toEqual(pages);
  });

  it("stops with an error when the server repeats a cursor, instead of looping", async () => {
    await expect(fetchAllPages(async () => ({ items: [1], next_cursor: "same" }))).rejects.toThrow(/same page cursor/);
  });
});
