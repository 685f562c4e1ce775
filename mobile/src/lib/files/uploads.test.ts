/**
 * Photos and receipts taken offline go through the outbox's upload lane on a real
 * (sql.js) SQLite database: stored with their upload in one transaction, sent as
 * multipart once the record they belong to is on the server, never twice (the
 * file's client id), and a submit of that record waits for them.
 */
import { answer } from "../../../test/fake-server";
import { setupOutbox } from "../../../test/outbox-fixtures";
import type { SqlJsDatabase } from "../../../test/sql-js-database";
import type { OutboxRequest, OutboxResponse, Transport, WriteRequest } from "../sync/outbox-types";
import { mergeFiles } from "./hooks";
import { LocalFiles, type ServerFile } from "./local-files";
import { base64Bytes, loadUpload, uploadAnswered, uploadDiscarded, uploadWrite } from "./uploads";

const REPORT_ID = "0190a000-0000-7000-8000-00000000f00d";
const PHOTO_ID = "0190a000-0000-7000-8000-0000000000f1";
const SECOND_PHOTO_ID = "0190a000-0000-7000-8000-0000000000f2";
const EXPENSES_ID = "0190a000-0000-7000-8000-0000000000e1";
const LINE_ID = "0190a000-0000-7000-8000-0000000000e2";
const RECEIPT_ID = "0190a000-0000-7000-8000-0000000000e3";
// "JPEG!" as base64: the fake server only counts bytes.
const BYTES = "SlBFRyE=";

/** The API's file routes as far as the phone relies on them: an upload's client id answers the first file again. */
class FilesServer {
  network: "online" | "offline" | "lose-next-upload" = "online";
  received: OutboxRequest[] = [];
  records = new Set<string>();
  files = new Map<string, ServerFile & { parent: string }>();
  uploadsApplied = 0;
  refuseReports = false;
  locked = new Set<string>();

  transport: Transport = async (request) => {
    if (this.network === "offline") throw new Error("Network request failed");
    this.received.push(request);
    const response = this.handle(request);
    if (this.network === "lose-next-upload" && request.form) {
      this.network = "online";
      throw new Error("The connection was reset");
    }
    return response;
  };

  reachable = async () => this.network !== "offline";

  private handle(request: OutboxRequest): OutboxResponse {
    if (request.form) {
      const parent = request.path.includes("/receipts") ? request.path.split("/")[6]! : REPORT_ID;
      if (!this.records.has(parent)) return answer(404, { title: "Not found" });
      if (this.locked.has(EXPENSES_ID) && request.path.includes("/receipts")) return answer(409, { code: "expenses.locked", title: "Locked" });
      const id = request.form.fields.id!;
      const existing = this.files.get(id);
      if (existing) return answer(200, existing);
      const file = {
        id,
        parent,
        filename: request.form.file.name,
        content_type: request.form.file.type,
        size_bytes: base64Bytes(request.form.file.base64),
        width: 4,
        height: 3,
        url: `/api/v1/files/${id}/content`,
        thumbnail_url: `/api/v1/files/${id}/thumbnail`,
        created_at: "2026-11-29T10:00:00Z",
      };
      this.files.set(id, file);
      this.uploadsApplied += 1;
      return answer(201, file);
    }
    if (request.path.endsWith("/submit")) {
      this.locked.add(EXPENSES_ID);
      return answer(200, { id: EXPENSES_ID, status: "submitted", version: 2 });
    }
    if (this.refuseReports && request.path.endsWith("/report")) return answer(422, { title: "Outcome missing" });
    const id = (JSON.parse(request.body ?? "{}") as { id: string }).id;
    this.records.add(id);
    return answer(201, { id, version: 1 });
  }
}

async function setup() {
  const server = new FilesServer();
  let database: SqlJsDatabase | null = null;
  const fixture = await setupOutbox({
    transport: server.transport,
    reachable: server.reachable,
    loadUpload: (item) => loadUpload(database!, item),
    applyAnswer: async (tx, item, response) => {
      if (item.lane === "upload") await uploadAnswered(tx, item, response);
    },
    revert: (tx, item) => uploadDiscarded(tx, item),
  });
  database = fixture.db;
  return { ...fixture, server, files: new LocalFiles(fixture.db) };
}

const reportCreate: WriteRequest = {
  kind: "visit_reports.create",
  label: "Visit report",
  method: "POST",
  path: "/api/v1/visits/v1/report",
  body: { id: REPORT_ID, outcome: "Met" },
  entityKind: "visit_reports",
  entityId: REPORT_ID,
};

function photo(id: string, parentId = REPORT_ID, path = "/api/v1/visits/v1/report/photos", scopeIds = [REPORT_ID]) {
  const file = {
    id,
    parentKind: "visit_reports",
    parentId,
    name: `${id.slice(-2)}.jpg`,
    contentType: "image/jpeg",
    base64: BYTES,
    width: 4,
    height: 3,
    createdAt: `2026-11-29T09:0${id.slice(-1)}:00Z`,
  };
  return { file, write: uploadWrite({ file, path, label: "Photo", scopeIds }) };
}

describe("photos taken offline", () => {
  it("are kept on the phone, sent after their report as multipart, once each even when an answer is lost", async () => {
    const { server, outbox, files, clock } = await setup();
    server.network = "offline";
    await outbox.enqueue(reportCreate);
    for (const id of [PHOTO_ID, SECOND_PHOTO_ID]) {
      const { file, write } = photo(id);
      await outbox.enqueue(write, (tx) => new LocalFiles(tx).add(file));
    }

    expect(await outbox.flush()).toEqual(expect.objectContaining({ stoppedBy: "offline" }));
    expect((await files.listFor([REPORT_ID])).map((file) => [file.id, file.base64])).toEqual([
      [PHOTO_ID, BYTES],
      [SECOND_PHOTO_ID, BYTES],
    ]);
    expect(outbox.getSnapshot().map((item) => item.lane)).toEqual(["business", "upload", "upload"]);

    // Back online; the first photo's answer is lost on the way back.
    server.network = "lose-next-upload";
    clock.now += 60_000;
    await outbox.flush();
    await outbox.backgroundSettled();
    expect(server.received.map((request) => request.path)).toEqual([
      "/api/v1/visits/v1/report",
      "/api/v1/visits/v1/report/photos",
    ]);
    // The report's next photo keeps its place behind the one that waits for a retry.
    expect(outbox.getSnapshot().map((item) => [item.entityId, item.attempts])).toEqual([
      [PHOTO_ID, 1],
      [SECOND_PHOTO_ID, 0],
    ]);

    clock.now += 5 * 60_000;
    await outbox.flush();
    await outbox.backgroundSettled();

    expect(outbox.getSnapshot()).toEqual([]);
    expect(server.files.size).toBe(2);
    expect(server.uploadsApplied).toBe(2);
    const sends = server.received.filter((request) => request.form?.fields.id === PHOTO_ID);
    expect(sends).toHaveLength(2);
    expect(server.received.filter((request) => request.form?.fields.id === SECOND_PHOTO_ID)).toHaveLength(1);
    expect(sends[1]!.headers["Idempotency-Key"]).toBe(sends[0]!.headers["Idempotency-Key"]);
    expect(sends[0]!.headers["Content-Type"]).toBeUndefined();
    expect(sends[0]!.body).toBeNull();
    expect(sends[0]!.form!.file).toEqual({ name: "f1.jpg", type: "image/jpeg", base64: BYTES });
    // The bytes left the phone; the server's description of each file stays until a pull lists it.
    const kept = await files.listFor([REPORT_ID]);
    expect(kept.map((file) => [file.base64, file.uploaded?.thumbnail_url])).toEqual([
      [null, `/api/v1/files/${PHOTO_ID}/thumbnail`],
      [null, `/api/v1/files/${SECOND_PHOTO_ID}/thumbnail`],
    ]);
  });

  it("wait while their report is refused, and go nowhere until it is sorted out", async () => {
    const { server, outbox } = await setup();
    server.refuseReports = true;
    await outbox.enqueue(reportCreate);
    const { file, write } = photo(PHOTO_ID);
    await outbox.enqueue(write, (tx) => new LocalFiles(tx).add(file));

    await outbox.flush();
    await outbox.backgroundSettled();

    expect(server.received.map((request) => request.path)).toEqual(["/api/v1/visits/v1/report"]);
    expect(outbox.getSnapshot().map((item) => [item.lane, item.status])).toEqual([
      ["business", "failed"],
      ["upload", "pending"],
    ]);
    // Nothing is due while the photo waits: no timer spins for it.
    expect(outbox.nextAttemptAt()).toBeNull();
  });

  it("leave the phone with their upload when the person discards it", async () => {
    const { outbox, files, server } = await setup();
    server.network = "offline";
    const { file, write } = photo(PHOTO_ID);
    const item = await outbox.enqueue(write, (tx) => new LocalFiles(tx).add(file));

    await outbox.discard(item.id);

    expect(outbox.getSnapshot()).toEqual([]);
    expect(await files.get(PHOTO_ID)).toBeNull();
  });

  it("whose bytes are gone are set aside with what to do, not sent", async () => {
    const { outbox, files, server } = await setup();
    server.records.add(REPORT_ID);
    const { write } = photo(PHOTO_ID);
    await outbox.enqueue(write);

    await outbox.flush();
    await outbox.backgroundSettled();

    expect(server.received).toEqual([]);
    expect(outbox.getSnapshot()).toEqual([
      expect.objectContaining({
        status: "failed",
        lastError: expect.objectContaining({ code: "files.missing_on_phone", action: "discard" }),
      }),
    ]);
    expect(await files.get(PHOTO_ID)).toBeNull();
  });
});

describe("a receipt and the submit of its expense report", () => {
  it("the submit waits in its lane until the receipt taken before it is on the server", async () => {
    const { server, outbox } = await setup();
    server.network = "offline";
    const path = `/api/v1/expense-reports/${EXPENSES_ID}/lines/${LINE_ID}/receipts`;
    await outbox.enqueue({ ...reportCreate, path: "/api/v1/expense-reports", body: { id: EXPENSES_ID }, entityKind: "expense_reports", entityId: EXPENSES_ID });
    await outbox.enqueue({
      kind: "expense_lines.create",
      label: "Line",
      method: "POST",
      path: `/api/v1/expense-reports/${EXPENSES_ID}/lines`,
      body: { id: LINE_ID },
      entityKind: "expense_lines",
      entityId: LINE_ID,
      scopeIds: [EXPENSES_ID],
    });
    const receipt = photo(RECEIPT_ID, LINE_ID, path, [LINE_ID, EXPENSES_ID]);
    await outbox.enqueue(receipt.write, (tx) => new LocalFiles(tx).add(receipt.file));
    await outbox.enqueue({
      kind: "expense_reports.submit",
      label: "Submit",
      method: "POST",
      path: `/api/v1/expense-reports/${EXPENSES_ID}/submit`,
      entityKind: "expense_reports",
      entityId: EXPENSES_ID,
    });
    // The line's create counts as the report's record for the receipt too.
    server.records.add(LINE_ID);

    server.network = "online";
    const first = await outbox.flush();
    expect(first).toEqual(expect.objectContaining({ sent: 2, remaining: 1 }));
    const lanes = await outbox.backgroundSettled();
    expect(lanes.upload).toEqual(expect.objectContaining({ sent: 1 }));
    await outbox.flush();

    expect(server.received.map((request) => request.path.split("/").slice(3).join("/"))).toEqual([
      "expense-reports",
      `expense-reports/${EXPENSES_ID}/lines`,
      `expense-reports/${EXPENSES_ID}/lines/${LINE_ID}/receipts`,
      `expense-reports/${EXPENSES_ID}/submit`,
    ]);
    expect(outbox.getSnapshot()).toEqual([]);
  });
});

describe("the files a screen shows", () => {
  it("are the server's list, then those on the phone it does not list yet", () => {
    const server = { id: "a", filename: "a.jpg", content_type: "image/jpeg", size_bytes: 1, width: 1, height: 1, url: "/a", thumbnail_url: "/a/t", created_at: "x" };
    const mine = { id: "b", parentKind: "visit_reports", parentId: REPORT_ID, name: "b.jpg", contentType: "image/jpeg", base64: BYTES, width: 1, height: 1, uploaded: null, createdAt: "y" };
    const sentSincePull = { ...mine, id: "c", base64: null, uploaded: { ...server, id: "c", thumbnail_url: "/c/t" } };
    const listedNow = { ...mine, id: "a", base64: null, uploaded: server };

    expect(mergeFiles([server], [listedNow, mine, sentSincePull])).toEqual([
      expect.objectContaining({ id: "a", localUri: null, thumbnailPath: "/a/t" }),
      expect.objectContaining({ id: "b", localUri: `data:image/jpeg;base64,${BYTES}`, thumbnailPath: null }),
      expect.objectContaining({ id: "c", localUri: null, thumbnailPath: "/c/t" }),
    ]);
  });
});
