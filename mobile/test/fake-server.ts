/**
 * An in-memory stand-in for the API's write side, with the network between it and
 * the phone under the test's control. It keeps the two server guarantees the
 * outbox relies on: a POST with a known client `id` returns the first record
 * (200), and a repeated Idempotency-Key replays the stored answer.
 */
import type { OutboxRequest, OutboxResponse, Transport } from "@/lib/sync/outbox-types";

interface StoredRecord {
  id: string;
  version: number;
  [field: string]: unknown;
}

type Network = "online" | "offline" | "lose-response";

export class FakeServer {
  records = new Map<string, StoredRecord>();
  received: OutboxRequest[] = [];
  network: Network = "online";
  /** Answers to give instead of handling, one per request, in order. */
  scripted: { status: number; body?: unknown; headers?: Record<string, string> }[] = [];
  /** Paths that always go wrong: a status to answer, or "no-answer" (handled, but the answer is lost). */
  broken = new Map<string, number | "no-answer">();
  /**
   * What the server does beyond storing the record when it applies a request (never on
   * a replay): e.g. an accepted quote's order. Its answer is the one stored for replay.
   */
  onApply: (request: OutboxRequest, response: OutboxResponse) => OutboxResponse = (_request, response) => response;
  private replays = new Map<string, OutboxResponse>();

  transport: Transport = async (request) => {
    if (this.network === "offline") throw new Error("Network request failed");
    this.received.push(request);
    const broken = this.broken.get(request.path);
    if (typeof broken === "number") return answer(broken, { code: `http_${broken}`, title: "Something broke" });
    const response = this.handle(request);
    if (broken === "no-answer") throw new Error("The request timed out");
    if (this.network === "lose-response") {
      this.network = "online";
      throw new Error("The connection was reset");
    }
    return response;
  };

  /** The health check: any answer means the server can be reached. */
  reachable = async (): Promise<boolean> => this.network !== "offline";

  countOf(kind: string): number {
    return [...this.records.values()].filter((record) => record.kind === kind).length;
  }

  private handle(request: OutboxRequest): OutboxResponse {
    const scripted = this.scripted.shift();
    if (scripted) return answer(scripted.status, scripted.body ?? {}, scripted.headers);
    const key = request.headers["Idempotency-Key"];
    const replay = key ? this.replays.get(key) : undefined;
    if (replay) return replay;
    const applied = this.apply(request);
    const response = applied.status < 300 ? this.onApply(request, applied) : applied;
    if (key && response.status < 300) this.replays.set(key, response);
    return response;
  }

  private apply(request: OutboxRequest): OutboxResponse {
    const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
    // /api/v1/leads, /api/v1/leads/{id}, /api/v1/leads/{id}/qualify, /api/v1/customers/{id}/contacts
    const segments = request.path.split("/").slice(3);
    const collection = segments.at(-1)!;
    if (request.method === "POST" && segments.length % 2 === 1 && typeof body.id === "string" && !this.isAction(segments)) {
      const clientId = body.id;
      const existing = this.records.get(clientId);
      if (existing) return answer(200, existing);
      const record: StoredRecord = { ...body, id: clientId, kind: collection, version: 1 };
      this.records.set(clientId, record);
      return answer(201, record);
    }
    const id = segments[1];
    const record = id ? this.records.get(id) : undefined;
    if (!record) return answer(404, { code: "not_found", title: "Not found", status: 404 });
    if (request.method === "POST" && segments.length === 3) {
      // An action on a record (/leads/{id}/qualify): the record changes and gets a new version.
      Object.assign(record, body, { last_action: collection, version: record.version + 1 });
      return answer(200, { ...record });
    }
    if (request.method === "PATCH") {
      const ifMatch = request.headers["If-Match"];
      if (!ifMatch) return answer(428, { code: "precondition_required", title: "If-Match header required" });
      if (ifMatch !== `"${record.version}"`) {
        return answer(412, {
          code: "precondition_failed",
          title: "The record was changed by someone else",
          detail: "Someone else changed this record since you loaded it; reload it and apply your change again",
        });
      }
      Object.assign(record, body, { version: record.version + 1 });
      return answer(200, { ...record });
    }
    return answer(405, { code: "method_not_allowed", title: "Method not allowed" });
  }

  /** `/leads/{id}/qualify` acts on a lead; `/customers/{id}/contacts` creates a contact. */
  private isAction(segments: string[]): boolean {
    return segments.length === 3 && segments[2] !== "contacts";
  }
}

export function answer(status: number, body: unknown, headers: Record<string, string> = {}): OutboxResponse {
  const all: Record<string, string> = { ...headers };
  const version = (body as { version?: unknown } | null)?.version;
  if (typeof version === "number" && status < 300) all.etag = `"${version}"`;
  return {
    status,
    body,
    headers: { get: (name: string) => all[name.toLowerCase()] ?? all[name] ?? null },
  };
}

/** Predictable ids for tests: 00000000-0000-7000-8000-000000000001, ... */
export function sequentialIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-7000-8000-${String(next).padStart(12, "0")}`;
  };
}
