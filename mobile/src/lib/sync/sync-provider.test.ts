import { FakeApi } from "../../../test/fake-api";
import { buildServices } from "../../../test/services";
import type { WriteRequest } from "./outbox-types";

interface Deal {
  id: string;
  title: string;
  stage: string;
  version: number;
}

const DEAL: Deal = { id: "d1", title: "Pumps for Amrit", stage: "Potential", version: 3 };
const moveTo = (stage: string): WriteRequest => ({
  kind: "opportunities.move",
  label: `Move to ${stage}`,
  method: "POST",
  path: "/api/v1/opportunities/d1/move",
  body: { stage },
  entityKind: "opportunities",
  entityId: "d1",
});
const newLead = (id: string, name: string): WriteRequest => ({
  kind: "leads.create",
  label: `New lead: ${name}`,
  method: "POST",
  path: "/api/v1/leads",
  body: { id, person_name: name },
  entityKind: "leads",
  entityId: id,
});

describe("a record and its outbox entry change together", () => {
  it("stores a captured record and its write in one transaction: a failed write leaves no record behind", async () => {
    const { services, server } = await buildServices({ newId: () => "always-the-same" });
    server.network = "offline";
    await services.capture({ record: { kind: "leads", data: { id: "l1", person_name: "First" } }, write: newLead("l1", "First") });

    // The queue refuses the second item (its id is taken): the lead it belongs to must not appear.
    await expect(
      services.capture({ record: { kind: "leads", data: { id: "l2", person_name: "Second" } }, write: newLead("l2", "Second") }),
    ).rejects.toThrow(/UNIQUE/);

    expect(await services.records.get("leads", "l2")).toBeNull();
    expect(await services.records.get("leads", "l1")).toEqual({ data: expect.anything(), isPending: true });
  });

  it("takes a write off the queue in the transaction that stores the server's answer", async () => {
    const { services, server } = await buildServices();
    server.network = "offline";
    await services.capture({ record: { kind: "leads", data: { id: "l1", person_name: "Asha" } }, write: newLead("l1", "Asha") });
    await services.outbox.flush();
    expect(await services.records.get("leads", "l1")).toEqual({ data: { id: "l1", person_name: "Asha" }, isPending: true });

    server.network = "online";
    await services.outbox.flush({ force: true });

    expect(services.outbox.getSnapshot()).toEqual([]);
    expect(await services.records.get("leads", "l1")).toEqual({
      data: expect.objectContaining({ id: "l1", version: 1 }),
      isPending: false,
    });
  });

  it("never leaves a record pending when its answer cannot be stored; the next pull heals it", async () => {
    const api = new FakeApi();
    const { services, server } = await buildServices({
      fetcher: api.fetch as typeof fetch,
      config: {
        kinds: [{ kind: "leads" }],
        appliers: {
          "leads.create": async () => {
            throw new Error("The answer was not what the phone expected");
          },
        },
      },
    });
    server.network = "offline";
    await services.capture({ record: { kind: "leads", data: { id: "l1", person_name: "Asha" } }, write: newLead("l1", "Asha") });

    server.network = "online";
    await services.outbox.flush({ force: true });
    expect(server.countOf("leads")).toBe(1);
    expect(services.outbox.getSnapshot()).toEqual([]);
    expect(await services.records.get("leads", "l1")).toEqual(expect.objectContaining({ isPending: false }));

    api.upsert("leads", { id: "l1", person_name: "Asha", score: 40, version: 1 });
    await services.engine.sync();
    expect((await services.records.get("leads", "l1"))!.data).toEqual(expect.objectContaining({ score: 40 }));
  });
});

describe("discarding a write undoes its local change", () => {
  it("puts a deal back in the stage the server has when its refused move is discarded", async () => {
    const { services, server } = await buildServices();
    await services.records.putServer("opportunities", [DEAL]);
    server.scripted.push({ status: 409, body: { code: "opportunities.closed", title: "The deal is closed" } });

    await services.capture({ record: { kind: "opportunities", data: { ...DEAL, stage: "Proposal" } }, write: moveTo("Proposal") });
    await services.outbox.flush();
    const [refused] = services.outbox.getSnapshot();
    expect(refused).toEqual(expect.objectContaining({ status: "failed" }));
    expect((await services.records.get<Deal>("opportunities", "d1"))!.data.stage).toBe("Proposal");

    await services.outbox.discard(refused!.id);

    expect(await services.records.get<Deal>("opportunities", "d1")).toEqual({ data: DEAL, isPending: false });
  });

  it("removes a record made on the phone when its create is discarded", async () => {
    const { services, server } = await buildServices();
    server.scripted.push({ status: 409, body: { code: "leads.possible_duplicates", title: "Possible duplicates" } });
    await services.capture({ record: { kind: "leads", data: { id: "l1", person_name: "Asha" } }, write: newLead("l1", "Asha") });
    await services.outbox.flush();

    await services.outbox.discard(services.outbox.getSnapshot()[0]!.id);

    expect(await services.records.get("leads", "l1")).toBeNull();
  });

  it("sends a move chained behind another with the version the server answered", async () => {
    const { services, server } = await buildServices();
    server.records.set("d1", { ...DEAL, kind: "opportunities" });
    await services.records.putServer("opportunities", [DEAL]);
    server.network = "offline";
    await services.capture({ record: { kind: "opportunities", data: { ...DEAL, stage: "Proposal" } }, write: { ...moveTo("Proposal"), method: "PATCH", path: "/api/v1/opportunities/d1", ifMatch: 3 } });
    await services.capture({ record: { kind: "opportunities", data: { ...DEAL, stage: "Purchase order" } }, write: { ...moveTo("Purchase order"), method: "PATCH", path: "/api/v1/opportunities/d1", ifMatch: 3 } });
    await services.outbox.flush();

    server.network = "online";
    await services.outbox.flush({ force: true });

    expect(server.received.map((request) => request.headers["If-Match"])).toEqual(['"3"', '"4"']);
    expect(await services.records.get<Deal>("opportunities", "d1")).toEqual({
      data: expect.objectContaining({ stage: "Purchase order", version: 5 }),
      isPending: false,
    });
  });
});
