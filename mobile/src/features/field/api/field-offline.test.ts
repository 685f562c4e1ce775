/**
 * Field work captured offline goes through the real outbox on a real (sql.js)
 * SQLite database: a visit's check-in and report are sent once however the
 * network behaves, and location pings go in batches that never hold up what the
 * person recorded.
 */
import { answer } from "../../../../test/fake-server";
import { openDatabase, setupOutbox } from "../../../../test/outbox-fixtures";
import { LocalRecords } from "@/lib/local-records";
import { makePing, MAX_PINGS_PER_BATCH, PingBuffer } from "@/lib/location-pings";
import type { OutboxRequest, OutboxResponse, Transport } from "@/lib/sync/outbox-types";

import {
  checkInWrite,
  EMPTY_REPORT,
  localReport,
  reportBody,
  reportWrite,
  visitReportSchema,
  visitSchema,
  type Visit,
  type VisitReport,
} from "./visits";

const VISIT_ID = "0190a000-0000-7000-8000-0000000000a1";
const CUSTOMER_ID = "0190a000-0000-7000-8000-0000000000b1";
const REPORT_ID = "0190a000-0000-7000-8000-00000000f00d";

const plannedVisit: Visit = {
  id: VISIT_ID,
  created_at: "2026-11-29T06:00:00Z",
  updated_at: "2026-11-29T06:00:00Z",
  version: 1,
  owner_id: "me",
  created_by_id: null,
  customer_id: CUSTOMER_ID,
  customer_name: "Acme Traders",
  status: "planned",
  planned_date: "2026-11-29",
  route_position: 1,
  is_planned: true,
  purpose: "Demo",
  checked_in_at: null,
  check_in_latitude: null,
  check_in_longitude: null,
  check_in_accuracy_m: null,
  check_in_distance_m: null,
  is_outside_radius: false,
  is_poor_accuracy: false,
  is_mock_location: false,
  is_flagged: false,
  checked_out_at: null,
  check_out_latitude: null,
  check_out_longitude: null,
  check_out_accuracy_m: null,
  duration_minutes: null,
};

/** The API's field routes as far as the phone relies on them: client ids make a second send harmless. */
class FieldServer {
  network: "online" | "offline" | "lose-next-report" = "online";
  received: OutboxRequest[] = [];
  visits = new Map<string, Visit>([[VISIT_ID, { ...plannedVisit }]]);
  reports = new Map<string, VisitReport>();
  reportsCreated = 0;
  pings = new Map<string, unknown>();
  pingsDown = false;

  transport: Transport = async (request) => {
    if (this.network === "offline") throw new Error("Network request failed");
    this.received.push(request);
    const response = this.handle(request);
    if (this.network === "lose-next-report" && request.path.endsWith("/report")) {
      this.network = "online";
      throw new Error("The connection was reset");
    }
    return response;
  };

  reachable = async () => this.network !== "offline";

  private handle(request: OutboxRequest): OutboxResponse {
    const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
    if (request.path === "/api/v1/locations/pings") {
      if (this.pingsDown) return answer(503, { title: "Busy" });
      const pings = body.pings as { id: string }[];
      pings.forEach((ping) => this.pings.set(ping.id, ping));
      return answer(200, { results: pings.map((ping) => ({ id: ping.id, outcome: "applied" })), applied: pings.length, duplicate: 0, rejected: 0 });
    }
    const [, , , , visitId, action] = request.path.split("/");
    const visit = this.visits.get(visitId ?? "");
    if (!visit) return answer(404, { title: "Not found" });
    if (action === "check-in") {
      Object.assign(visit, { status: "checked_in", checked_in_at: body.checked_in_at, check_in_distance_m: 42, version: visit.version + 1 });
      return answer(200, { ...visit });
    }
    if (action === "report") {
      if (visit.status === "planned") return answer(409, { title: "Check in first" });
      const existing = this.reports.get(body.id as string);
      if (existing) return answer(200, existing);
      const report = { ...(body as unknown as VisitReport), visit_id: visit.id, customer_id: visit.customer_id, version: 1, follow_up_todo_id: null };
      this.reports.set(report.id, report);
      this.reportsCreated += 1;
      return answer(201, report);
    }
    return answer(405, { title: "Method not allowed" });
  }
}

async function setup() {
  const server = new FieldServer();
  const db = await openDatabase();
  const records = new LocalRecords(db, { visits: visitSchema, visit_reports: visitReportSchema });
  const { outbox, clock } = await setupOutbox({
    db,
    transport: server.transport,
    reachable: server.reachable,
    async applyAnswer(tx, item, response) {
      const body = response.body as { id?: string } | null;
      if (item.entityKind && body && typeof body.id === "string") {
        await records.within(tx).putServer(item.entityKind as "visits", [body as { id: string }]);
      }
    },
  });
  await records.putServer("visits", [plannedVisit]);
  return { server, outbox, clock, records, db };
}

const FIX = { latitude: 28.6139, longitude: 77.209, accuracy: 12 };
const NOW = "2026-11-29T09:30:00.000Z";

describe("a visit and its report made offline", () => {
  it("shows at once, then reaches the server once even when the report's first answer is lost", async () => {
    const { server, outbox, clock, records } = await setup();
    server.network = "offline";

    const checkIn = checkInWrite(plannedVisit, FIX, NOW);
    await outbox.enqueue(checkIn.write, (tx) => records.within(tx).putLocal("visits", [checkIn.local]));
    const body = reportBody(REPORT_ID, { ...EMPTY_REPORT, outcome: "Agreed a trial order", contactsMet: "R. Mehta\n\nS. Iyer", followUpTitle: "Send price list" });
    await outbox.enqueue(reportWrite(checkIn.local, body), (tx) =>
      records.within(tx).putLocal("visit_reports", [localReport(checkIn.local, body, NOW)]),
    );

    expect(await outbox.flush()).toEqual(expect.objectContaining({ stoppedBy: "offline", sent: 0 }));
    const shown = await records.get<Visit>("visits", VISIT_ID);
    expect(shown).toEqual({ data: expect.objectContaining({ status: "checked_in" }), isPending: true });
    expect((await records.list<VisitReport>("visit_reports", { parentId: VISIT_ID }))[0]?.data).toEqual(
      expect.objectContaining({ outcome: "Agreed a trial order", contacts_met: [{ contact_id: null, name: "R. Mehta" }, { contact_id: null, name: "S. Iyer" }] }),
    );

    // Signal returns, but the report's answer is lost on the way back.
    server.network = "lose-next-report";
    clock.now += 60_000;
    await outbox.flush();
    expect(server.reportsCreated).toBe(1);
    expect(outbox.getSnapshot()).toEqual([expect.objectContaining({ kind: "visit_reports.create", attempts: 1 })]);

    clock.now += 5 * 60_000;
    await outbox.flush();

    expect(outbox.getSnapshot()).toEqual([]);
    expect(server.reportsCreated).toBe(1);
    expect(server.reports.size).toBe(1);
    const sends = server.received.filter((request) => request.path.endsWith("/report"));
    expect(sends).toHaveLength(2);
    expect(sends[1]!.headers["Idempotency-Key"]).toBe(sends[0]!.headers["Idempotency-Key"]);
    expect(sends[1]!.body).toBe(sends[0]!.body);
    // The check-in went first: the server would refuse a report on a visit not checked in.
    expect(server.received[0]!.path).toBe(`/api/v1/visits/${VISIT_ID}/check-in`);
    expect(JSON.parse(sends[0]!.body!)).toEqual(
      expect.objectContaining({ id: REPORT_ID, follow_up: { kind: "todo", title: "Send price list", due_date: null } }),
    );
    expect(await records.get<Visit>("visits", VISIT_ID)).toEqual({
      data: expect.objectContaining({ status: "checked_in", check_in_distance_m: 42, version: 2 }),
      isPending: false,
    });
  });

  it("holds the report back while its visit's check-in is refused", async () => {
    const { server, outbox } = await setup();
    server.visits.clear();
    const checkIn = checkInWrite(plannedVisit, FIX, NOW);
    await outbox.enqueue(checkIn.write);
    await outbox.enqueue(reportWrite(checkIn.local, reportBody(REPORT_ID, { ...EMPTY_REPORT, outcome: "Met" })));

    await outbox.flush();

    expect(server.received.map((request) => request.path)).toEqual([`/api/v1/visits/${VISIT_ID}/check-in`]);
    expect(outbox.getSnapshot().map((item) => item.status)).toEqual(["failed", "pending"]);
  });
});

describe("location pings", () => {
  const pingsOf = (count: number, from = 0) =>
    Array.from({ length: count }, (_, index) =>
      makePing({
        id: `0190a000-0000-7000-8000-${String(from + index).padStart(12, "0")}`,
        fix: FIX,
        event: "periodic",
        recordedAt: NOW,
      }),
    );

  it("go in batches of at most 1,000, each ping once, on the telemetry lane", async () => {
    const { server, outbox, db } = await setup();
    const buffer = new PingBuffer(db, outbox);
    for (const ping of pingsOf(2_345)) await buffer.add(ping);

    const queued = await buffer.drain();

    expect(queued.map((item) => JSON.parse(item.body!).pings.length)).toEqual([MAX_PINGS_PER_BATCH, MAX_PINGS_PER_BATCH, 345]);
    expect(queued.every((item) => item.lane === "telemetry" && item.path === "/api/v1/locations/pings")).toBe(true);
    expect(await buffer.size()).toBe(0);
    expect(await buffer.drain()).toEqual([]);

    await outbox.flush();
    await outbox.backgroundSettled();
    expect(server.received).toHaveLength(3);
    expect(server.pings.size).toBe(2_345);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("never hold up a business write, even queued before it and failing", async () => {
    const { server, outbox, db, records } = await setup();
    const buffer = new PingBuffer(db, outbox);
    for (const ping of pingsOf(3)) await buffer.add(ping);
    await buffer.drain();
    server.pingsDown = true;
    const checkIn = checkInWrite(plannedVisit, FIX, NOW);
    await outbox.enqueue(checkIn.write, (tx) => records.within(tx).putLocal("visits", [checkIn.local]));

    const business = await outbox.flush();
    await outbox.backgroundSettled();

    expect(business).toEqual({ sent: 1, failed: 0, remaining: 0, stoppedBy: null });
    expect(server.received.map((request) => request.path)).toEqual([
      `/api/v1/visits/${VISIT_ID}/check-in`,
      "/api/v1/locations/pings",
    ]);
    // The pings wait for their own retry; nothing is lost.
    expect(outbox.getSnapshot()).toEqual([expect.objectContaining({ lane: "telemetry", status: "pending", attempts: 1 })]);
    server.pingsDown = false;
    await outbox.flush({ force: true });
    await outbox.backgroundSettled();
    expect(server.pings.size).toBe(3);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("keeps a ping buffered once even if added twice (same client id)", async () => {
    const { outbox, db } = await setup();
    const buffer = new PingBuffer(db, outbox);
    const [ping] = pingsOf(1);
    await buffer.add(ping!);
    await buffer.add(ping!);
    expect(await buffer.size()).toBe(1);
  });
});
