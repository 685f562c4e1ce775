import { SqlJsDatabase } from "../../test/sql-js-database";
import { LocalRecords } from "./local-records";
import { migrate } from "./sql";

interface Item {
  id: string;
  name: string;
}

const schema = { search: (item: Item) => item.name, sortKey: (item: Item) => item.name.toLowerCase() };

async function open() {
  const db = await SqlJsDatabase.open();
  await migrate(db);
  return new LocalRecords(db);
}

describe("LocalRecords", () => {
  it("searches the local copy word by word, case-insensitively, treating % and _ literally", async () => {
    const records = await open();
    await records.put<Item>(
      "customers",
      [
        { id: "1", name: "Amrit Diagnostics" },
        { id: "2", name: "Surya Textiles" },
        { id: "3", name: "100% Pure_Foods" },
      ],
      schema,
    );

    const names = async (q: string) => (await records.list<Item>("customers", { q })).map((record) => record.data.name);
    expect(await names("amrit")).toEqual(["Amrit Diagnostics"]);
    expect(await names("diag AMR")).toEqual(["Amrit Diagnostics"]);
    expect(await names("%")).toEqual(["100% Pure_Foods"]);
    expect(await names("_")).toEqual(["100% Pure_Foods"]);
    expect(await names("")).toHaveLength(3);
  });

  it("replaces the server's copy but keeps records still waiting to be sent", async () => {
    const records = await open();
    await records.put<Item>("leads", [{ id: "old", name: "Gone on the server" }], schema);
    await records.put<Item>("leads", [{ id: "mine", name: "Captured offline" }], { ...schema, pending: true });

    await records.replaceAll<Item>("leads", [{ id: "new", name: "From the server" }], schema);

    const stored = await records.list<Item>("leads");
    expect(stored.map((record) => [record.data.id, record.isPending])).toEqual([
      ["mine", true],
      ["new", false],
    ]);
  });

  it("stores many records in batches", async () => {
    const records = await open();
    const many = Array.from({ length: 250 }, (_, index) => ({ id: String(index), name: `Customer ${index}` }));
    await records.put<Item>("customers", many, schema);
    expect(await records.list("customers", { limit: 1000 })).toHaveLength(250);
  });

  it("keeps settings in meta", async () => {
    const records = await open();
    await records.setMeta("last_sync_at", "123");
    expect(await records.getMeta("last_sync_at")).toBe("123");
    await records.setMeta("last_sync_at", null);
    expect(await records.getMeta("last_sync_at")).toBeNull();
  });
});
