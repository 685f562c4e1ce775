/**
 * Contract test: the phone's own sync code (outbox, transport, change-feed pull,
 * local records on SQLite) against the real API on a fresh seeded database, with
 * the network switched off and on and answers lost on purpose.
 */
import { activityWrite } from "@/features/activities/api/activities";
import { contactWrite } from "@/features/customers/api/customers";
import { captureWrite, type Lead } from "@/features/leads/api/leads";
import { acceptedLocally, acceptWrite } from "@/features/quotes/api/accept";
import type { LocalQuote } from "@/features/quotes/api/quotes";
import type { SalesOrder } from "@/features/sales-orders/api/sales-orders";
import { newId } from "@/lib/random";
import { migrate } from "@/lib/sql";
import type { Transport } from "@/lib/sync/outbox-types";
import { createServices, type Services } from "@/lib/sync/sync-provider";
import { createTransport } from "@/lib/sync/transport";
import { syncConfig } from "@/sync-config";

import { memorySessionStorage } from "../../test/services";
import { SqlJsDatabase } from "../../test/sql-js-database";
import { nodeFetch as fetch } from "./node-http";

const API = process.env.CONTRACT_API_URL ?? "";
const PASSWORD = "demo-pass-1";

/** The network between the phone and the server, under the test's control. */
const network = { offline: false, loseNextAnswer: false, requests: [] as string[] };

const phoneFetch: typeof fetch = async (input, init) => {
  if (network.offline) throw new TypeError("Network request failed");
  const request = new Request(input, init);
  network.requests.push(`${request.method} ${new URL(request.url).pathname}`);
  return fetch(request);
};

const flakyTransport = (auth: Parameters<typeof createTransport>[0]): Transport => {
  const real = createTransport(auth);
  return async (request) => {
    const response = await real(request);
    if (network.loseNextAnswer) {
      // The server did the work; the phone never hears about it.
      network.loseNextAnswer = false;
      throw new Error("The connection was reset");
    }
    return response;
  };
};

/** Another client of the API (the web, a head), to check and change what the server holds. */
async function client(email: string) {
  const login = await fetch(`${API}/api/v1/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  return async <T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${API}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
}

let phone: Services;
let eng1: Awaited<ReturnType<typeof client>>;
let head1: Awaited<ReturnType<typeof client>>;

beforeAll(async () => {
  expect(API).toMatch(/^http/);
  const db = await SqlJsDatabase.open();
  phone = await createServices(
    {
      openDatabase: async () => {
        await migrate(db);
        return db;
      },
      sessionStorage: memorySessionStorage(null),
      newId,
      fetcher: phoneFetch,
      transport: flakyTransport,
    },
    syncConfig,
    () => undefined,
  );
  await phone.auth.signIn({ serverUrl: API, email: "eng1@example.com", password: PASSWORD, deviceName: "contract test" });
  eng1 = await client("eng1@example.com");
  head1 = await client("head1@example.com");
  await phone.engine.sync();
  expect(phone.engine.getStatus().pullErrors).toEqual([]);
});

afterAll(() => phone?.engine.stop());

/** Lets the flush a capture started finish, then runs a full round (send, then pull). */
async function syncNow() {
  await phone.outbox.flush();
  await phone.engine.sync({ force: true });
  expect(phone.engine.getStatus().pullErrors).toEqual([]);
}

function newLead(name: string) {
  const id = newId();
  const capturedAt = new Date().toISOString();
  const body = { id, person_name: name, company_name: "Contract Test Pvt Ltd", source: "field_visit" as const, captured_at: capturedAt };
  const address = { line1: null, line2: null, city: "Gurugram", state: null, postal_code: null, country: "IN", latitude: null, longitude: null };
  const local = { ...body, address, status: "new", version: 0, score: 0, score_factors: [] } as unknown as Lead;
  return { id, body, local };
}

async function serverLeadsNamed(name: string) {
  const page = await eng1<{ items: Lead[] }>("GET", `/api/v1/leads?q=${encodeURIComponent(name)}&limit=50`);
  return page.body.items.filter((lead) => lead.person_name === name);
}

describe("the phone's sync against the real API", () => {
  it("loads the first sync completely: every customer the engineer may see", async () => {
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: { body: { items: unknown[]; next_cursor: string | null } } = await eng1(
        "GET",
        `/api/v1/customers?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      total += page.body.items.length;
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(total).toBeGreaterThan(0);
    expect(await phone.records.count("customers")).toBe(total);
  });

  it("sends writes made offline once the network is back: exactly one server record each", async () => {
    const customer = (await phone.records.list<{ id: string; name: string }>("customers", { limit: 1 }))[0]!.data;
    const stamp = Date.now();
    const lead = newLead(`Offline Lead ${stamp}`);
    const contact = { id: newId(), name: `Offline Contact ${stamp}`, phone: "+91 98100 55555" };
    const activity = {
      id: newId(),
      type: "call" as const,
      subject: `Offline call ${stamp}`,
      customer_id: customer.id,
      starts_at: new Date(Date.now() + 3_600_000).toISOString(),
    };

    network.offline = true;
    await phone.capture({ record: { kind: "leads", data: lead.local }, write: captureWrite(lead.body) });
    await phone.capture({ write: contactWrite(customer.id, contact) });
    await phone.capture({ write: activityWrite(activity) });
    await phone.outbox.flush();
    expect(phone.outbox.getSnapshot()).toHaveLength(3);
    expect(await phone.records.get("leads", lead.id)).toEqual(expect.objectContaining({ isPending: true }));

    network.offline = false;
    await syncNow();

    expect(phone.outbox.getSnapshot()).toEqual([]);
    expect(await serverLeadsNamed(lead.body.person_name)).toHaveLength(1);
    const detail = await eng1<{ contacts: { name: string }[] }>("GET", `/api/v1/customers/${customer.id}`);
    expect(detail.body.contacts.filter((candidate) => candidate.name === contact.name)).toHaveLength(1);
    expect((await eng1("GET", `/api/v1/activities/${activity.id}`)).status).toBe(200);
    // The pull after the flush brought the server's own copy: the score it computed, no longer pending.
    const stored = await phone.records.get<Lead>("leads", lead.id);
    expect(stored).toEqual({ data: expect.objectContaining({ id: lead.id, version: 1 }), isPending: false });
    expect(stored!.data.owner_id).toBeTruthy();
    expect(await phone.records.get("contacts", contact.id)).toEqual(expect.objectContaining({ isPending: false }));
  });

  it("retries a write whose answer was lost, and the server still has exactly one record", async () => {
    const lead = newLead(`Lost Answer ${Date.now()}`);
    network.loseNextAnswer = true;
    await phone.capture({ record: { kind: "leads", data: lead.local }, write: captureWrite(lead.body) });
    await phone.outbox.flush();
    expect(phone.outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ attempts: 1, lastError: expect.objectContaining({ title: "No answer to this change" }) }),
    );
    expect(await serverLeadsNamed(lead.body.person_name)).toHaveLength(1);

    await syncNow();

    expect(phone.outbox.getSnapshot()).toEqual([]);
    expect(await serverLeadsNamed(lead.body.person_name)).toHaveLength(1);
    expect(await phone.records.get("leads", lead.id)).toEqual(expect.objectContaining({ isPending: false }));
  });

  it("pulls a change made elsewhere from the change feed, not from the full lists", async () => {
    const lead = newLead(`Edited Elsewhere ${Date.now()}`);
    await phone.capture({ record: { kind: "leads", data: lead.local }, write: captureWrite(lead.body) });
    await syncNow();
    const before = (await phone.records.get<Lead>("leads", lead.id))!.data;

    const edited = await eng1<Lead>("PATCH", `/api/v1/leads/${lead.id}`, { notes: "Changed on the web" }, {
      "If-Match": `"${before.version}"`,
    });
    expect(edited.status).toBe(200);
    network.requests = [];
    await syncNow();

    expect((await phone.records.get<Lead>("leads", lead.id))!.data).toEqual(
      expect.objectContaining({ notes: "Changed on the web", version: edited.body.version }),
    );
    expect(network.requests.filter((request) => request.startsWith("GET /api/v1/sync/changes")).length).toBeGreaterThan(0);
    expect(network.requests.filter((request) => /GET \/api\/v1\/(leads|customers|opportunities)$/.test(request))).toEqual([]);
  });

  it("drops a lead reassigned to someone else when its tombstone arrives", async () => {
    const lead = newLead(`Reassigned ${Date.now()}`);
    await phone.capture({ record: { kind: "leads", data: lead.local }, write: captureWrite(lead.body) });
    await syncNow();
    expect(await phone.records.get("leads", lead.id)).not.toBeNull();

    const engineers = await head1<{ items: { id: string; email: string }[] }>("GET", "/api/v1/users?role=sales_engineer&limit=50");
    const eng2 = engineers.body.items.find((user) => user.email === "eng2@example.com")!;
    expect((await head1("POST", `/api/v1/leads/${lead.id}/assign`, { owner_id: eng2.id })).status).toBe(200);
    await syncNow();

    expect(await phone.records.get("leads", lead.id)).toBeNull();
  });

  it("accepts a sent quote offline for the customer: sent once though the answer was lost, one order, which the pull brings", async () => {
    const customer = (await eng1<{ items: { id: string; currency: string }[] }>("GET", "/api/v1/customers?limit=100")).body.items.find(
      (candidate) => candidate.currency === "INR",
    )!;
    const product = (await eng1<{ items: { id: string; currency: string }[] }>("GET", "/api/v1/products?active=true&limit=50")).body.items.find(
      (candidate) => candidate.currency === "INR",
    )!;
    const created = await eng1<LocalQuote>("POST", "/api/v1/quotes", {
      customer_id: customer.id,
      lines: [
        { product_id: product.id, quantity: "2" },
        { product_id: product.id, quantity: "1", is_optional: true },
      ],
    });
    expect(created.status).toBe(201);
    const quoteId = created.body.id;
    for (const action of ["submit", "send"]) expect((await eng1("POST", `/api/v1/quotes/${quoteId}/${action}`)).status).toBe(200);
    await syncNow();
    const record = (await phone.records.get<LocalQuote>("quotes", quoteId))!;
    expect(record.data.status).toBe("sent");
    const optional = record.data.lines.find((line) => line.is_optional)!;
    const location = { lat: 28.61, lon: 77.21, accuracy_m: 11 };

    network.offline = true;
    await phone.capture({
      record: { kind: "quotes", data: acceptedLocally(record.data, [optional.id], location) },
      write: acceptWrite(record.data, [optional.id], location),
    });
    await phone.outbox.flush();
    expect(phone.outbox.getSnapshot()).toHaveLength(1);
    const ordersOfQuote = async () =>
      (await eng1<{ items: SalesOrder[] }>("GET", `/api/v1/sales-orders?quote_id=${quoteId}`)).body.items;
    expect(await ordersOfQuote()).toEqual([]);

    // Back online, the server accepts and makes the order; the phone never hears of it.
    network.offline = false;
    network.loseNextAnswer = true;
    await phone.outbox.flush({ force: true });
    expect(phone.outbox.getSnapshot()).toEqual([expect.objectContaining({ kind: "quotes.accept", attempts: 1 })]);
    expect(await ordersOfQuote()).toHaveLength(1);

    await syncNow();

    expect(phone.outbox.getSnapshot()).toEqual([]);
    const [order] = await ordersOfQuote();
    expect(await ordersOfQuote()).toHaveLength(1);
    const quote = (await phone.records.get<LocalQuote>("quotes", quoteId))!;
    expect(quote).toEqual({ isPending: false, data: expect.objectContaining({ status: "accepted", sales_order_id: order!.id }) });
    expect(quote.data.lines.find((line) => line.id === optional.id)!.is_selected).toBe(true);
    const local = (await phone.records.get<SalesOrder>("sales_orders", order!.id))!.data;
    expect(local).toEqual(expect.objectContaining({ number: order!.number, status: "draft", grand_total: quote.data.grand_total }));
    const detail = await eng1<{ created_lat: number; created_accuracy_m: number }>("GET", `/api/v1/sales-orders/${order!.id}`);
    expect([detail.body.created_lat, detail.body.created_accuracy_m]).toEqual([28.61, 11]);
  });

  it("starts over when the engineer's access changes (410), keeping writes that still wait", async () => {
    const admin = await client("admin@example.com");
    const me = (await eng1<{ id: string; version: number; territories: { id: string }[] }>("GET", "/api/v1/users/me")).body;
    const territories = (await admin<{ id: string; name: string }[]>("GET", "/api/v1/territories")).body;
    const extra = territories.find((territory) => !me.territories.some((mine) => mine.id === territory.id))!;
    // A write the server refused waits on the phone, for the engineer to fix, through the resync.
    const lead = newLead(`Waiting Through Resync ${Date.now()}`);
    const invalid = { ...lead.body, email: "not-an-email" };
    await phone.capture({ record: { kind: "leads", data: lead.local }, write: captureWrite(invalid) });
    await phone.outbox.flush();
    expect(phone.outbox.getSnapshot()).toEqual([
      expect.objectContaining({ status: "failed", lastError: expect.objectContaining({ status: 422 }) }),
    ]);

    const moved = await admin("PATCH", `/api/v1/users/${me.id}`, { territory_ids: [...me.territories.map((t) => t.id), extra.id] }, {
      "If-Match": `"${me.version}"`,
    });
    expect(moved.status).toBe(200);
    network.requests = [];
    await syncNow();

    expect(network.requests).toContain("GET /api/v1/sync/cursor");
    let total = 0;
    let cursor: string | null = null;
    do {
      const page: { body: { items: unknown[]; next_cursor: string | null } } = await eng1(
        "GET",
        `/api/v1/customers?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      total += page.body.items.length;
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(await phone.records.count("customers")).toBe(total);
    expect(phone.outbox.getSnapshot()).toHaveLength(1);
    expect(await phone.records.get("leads", lead.id)).toEqual(expect.objectContaining({ isPending: true }));

    await phone.outbox.discard(phone.outbox.getSnapshot()[0]!.id);
    expect(await phone.records.get("leads", lead.id)).toBeNull();
  });
});
