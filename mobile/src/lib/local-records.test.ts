import { openDatabase } from "../../test/outbox-fixtures";
import { LocalRecords } from "./local-records";

interface Item {
  id: string;
  name: string;
  version?: number;
  customer_id?: string;
}

const schemas = {
  customers: { search: (item: Item) => item.name, sortKey: (item: Item) => item.name.toLowerCase() },
  leads: { search: (item: Item) => item.name, sortKey: (item: Item) => item.name.toLowerCase() },
  contacts: { parentId: (item: Item) => item.customer_id ?? null, sortKey: (item: Item) => item.name },
};

async function open() {
  const db = await openDatabase();
  return { db, records: new LocalRecords(db, schemas) };
}

/** A write waiting in the outbox on the record: what makes it pending. */
async function queueWriteOn(db: Awaited<ReturnType<typeof openDatabase>>, kind: string, id: string) {
  await db.runAsync(
    `INSERT INTO outbox (id, kind, label, method, path, idempotency_key, entity_kind, entity_id, status, next_attempt_at, created_at)
     VALUES (?, 'x.update', 'x', 'PATCH', '/x', ?, ?, ?, 'pending', 0, 0)`,
    [`write-${id}`, `key-${id}`, kind, id],
  );
}

describe("LocalRecords", () => {
  it("searches the local copy word by word, case-insensitively, treating % and _ literally", async () => {
    const { records } = await open();
    await records.putServer<Item>("customers", [
      { id: "1", name: "Amrit Diagnostics" },
      { id: "2", name: "Surya Textiles" },
      { id: "3", name: "100% Pure_Foods" },
    ]);

    const names = async (q: string) => (await records.list<Item>("customers", { q })).map((record) => record.data.name);
    expect(await names("amrit")).toEqual(["Amrit Diagnostics"]);
    expect(await names("diag AMR")).toEqual(["Amrit Diagnostics"]);
    expect(await names("%")).toEqual(["100% Pure_Foods"]);
    expect(await names("_")).toEqual(["100% Pure_Foods"]);
    expect(await names("")).toHaveLength(3);
  });

  it("is pending exactly while the outbox holds a write on the record", async () => {
    const { db, records } = await open();
    await records.putLocal<Item>("leads", [{ id: "mine", name: "Captured offline" }]);
    // A local change with no write behind it is not pending: nothing could ever clear it.
    expect((await records.get("leads", "mine"))!.isPending).toBe(false);

    await queueWriteOn(db, "leads", "mine");
    expect((await records.get("leads", "mine"))!.isPending).toBe(true);

    await db.runAsync("DELETE FROM outbox", []);
    expect((await records.get("leads", "mine"))!.isPending).toBe(false);
  });

  it("never lets the server's copy overwrite a pending row, and heals it once the write is gone", async () => {
    const { db, records } = await open();
    await records.putServer<Item>("leads", [{ id: "l1", name: "Server v1", version: 1 }]);
    await records.putLocal<Item>("leads", [{ id: "l1", name: "My edit", version: 1 }]);
    await queueWriteOn(db, "leads", "l1");

    await records.putServer<Item>("leads", [{ id: "l1", name: "Server v2", version: 2 }]);
    expect((await records.get<Item>("leads", "l1"))!.data.name).toBe("My edit");
    expect(await records.serverVersion("leads", "l1")).toBe(2);

    await db.runAsync("DELETE FROM outbox", []);
    await records.putServer<Item>("leads", [{ id: "l1", name: "Server v2", version: 2 }]);
    expect(await records.get<Item>("leads", "l1")).toEqual({ data: expect.objectContaining({ name: "Server v2" }), isPending: false });
  });

  it("never replaces a newer server copy with an older one", async () => {
    const { records } = await open();
    await records.putServer<Item>("leads", [{ id: "l1", name: "v3", version: 3 }]);
    await records.putServer<Item>("leads", [{ id: "l1", name: "v2 from a slow pull", version: 2 }]);
    expect((await records.get<Item>("leads", "l1"))!.data.name).toBe("v3");
  });

  it("reverts a given-up change to the server's copy, and drops a record the server never had", async () => {
    const { records } = await open();
    await records.putServer<Item>("leads", [{ id: "known", name: "Server", version: 1 }]);
    await records.putLocal<Item>("leads", [{ id: "known", name: "Refused edit", version: 1 }]);
    await records.putLocal<Item>("leads", [{ id: "new", name: "Never sent" }]);

    await records.revert("leads", "known");
    await records.revert("leads", "new");

    expect((await records.get<Item>("leads", "known"))!.data.name).toBe("Server");
    expect(await records.list<Item>("leads", { q: "server" })).toHaveLength(1);
    expect(await records.get("leads", "new")).toBeNull();
  });

  it("replaces the server's copy but keeps records still waiting to be sent", async () => {
    const { db, records } = await open();
    await records.putServer<Item>("leads", [{ id: "old", name: "Gone on the server" }]);
    await records.putLocal<Item>("leads", [{ id: "mine", name: "Captured offline" }]);
    await queueWriteOn(db, "leads", "mine");

    await records.replaceServerCopy<Item>("leads", [{ id: "new", name: "From the server" }]);

    const stored = await records.list<Item>("leads");
    expect(stored.map((record) => [record.data.id, record.isPending])).toEqual([
      ["mine", true],
      ["new", false],
    ]);
  });

  it("drops a customer's contacts with its tombstone, keeping a contact still being sent", async () => {
    const { db, records } = await open();
    await records.putServer<Item>("customers", [{ id: "c1", name: "Amrit" }]);
    await records.putServer<Item>("contacts", [
      { id: "k1", name: "Ravi", customer_id: "c1" },
      { id: "k2", name: "Meera", customer_id: "c1" },
    ]);
    await records.putLocal<Item>("contacts", [{ id: "k3", name: "New", customer_id: "c1" }]);
    await queueWriteOn(db, "contacts", "k3");

    await records.removeServer("customers", "c1");

    expect(await records.get("customers", "c1")).toBeNull();
    expect((await records.list<Item>("contacts")).map((record) => record.data.id)).toEqual(["k3"]);
  });

  it("stores and lists many records, with no cap on what a list returns", async () => {
    const { records } = await open();
    const many = Array.from({ length: 1250 }, (_, index) => ({ id: String(index), name: `Customer ${index}` }));
    await records.putServer<Item>("customers", many);
    expect(await records.list("customers")).toHaveLength(1250);
    expect(await records.count("customers")).toBe(1250);
  });

  it("keeps settings in meta", async () => {
    const { records } = await open();
    await records.setMeta("last_sync_at", "123");
    expect(await records.getMeta("last_sync_at")).toBe("123");
    await records.setMeta("last_sync_at", null);
    expect(await records.getMeta("last_sync_at")).toBeNull();
  });
});
