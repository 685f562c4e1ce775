import { CHAINED, type OutboxItem, type OutboxResponse } from "./outbox-types";

/** The headers of one attempt: the same Idempotency-Key on every retry, If-Match when the write has one. */
export function requestHeaders(item: OutboxItem, ifMatch: string | null, multipart = false): Record<string, string> {
  const headers: Record<string, string> = { "Idempotency-Key": item.idempotencyKey };
  // A multipart body's type carries its boundary: the transport sets it.
  if (item.body !== null && !multipart) headers["Content-Type"] = "application/json";
  if (ifMatch !== null && ifMatch !== CHAINED) headers["If-Match"] = `"${ifMatch}"`;
  return headers;
}

/**
 * Writes of different lanes that depend on each other keep their capture order: an
 * upload waits for the write that creates the record it attaches to (it names that
 * record in its scope), and a write on a record (submitting an expense report) waits
 * for the uploads to it made before. Unrelated writes never wait across lanes.
 */
export function waitsAcrossLanes(item: OutboxItem, queue: readonly OutboxItem[]): boolean {
  for (const other of queue) {
    if (other.seq >= item.seq) break;
    if (other.lane === item.lane) continue;
    if (other.entityId !== null && item.scopeIds.includes(other.entityId)) return true;
    if (item.entityId !== null && other.lane !== "business" && other.scopeIds.includes(item.entityId)) return true;
  }
  return false;
}

/** The row version the server answered with: the ETag, else the body's `version`. */
export function versionOf(response: OutboxResponse): string | null {
  const etag = response.headers.get("ETag");
  if (etag) return etag.replace(/^W\//, "").replace(/"/g, "");
  const body = response.body as { version?: unknown } | null;
  return body && typeof body.version === "number" ? String(body.version) : null;
}
