import { CHAINED, type OutboxItem, type OutboxResponse } from "./outbox-types";

/** The headers of one attempt: the same Idempotency-Key on every retry, If-Match when the write has one. */
export function requestHeaders(item: OutboxItem, ifMatch: string | null): Record<string, string> {
  const headers: Record<string, string> = { "Idempotency-Key": item.idempotencyKey };
  if (item.body !== null) headers["Content-Type"] = "application/json";
  if (ifMatch !== null && ifMatch !== CHAINED) headers["If-Match"] = `"${ifMatch}"`;
  return headers;
}

/** The row version the server answered with: the ETag, else the body's `version`. */
export function versionOf(response: OutboxResponse): string | null {
  const etag = response.headers.get("ETag");
  if (etag) return etag.replace(/^W\//, "").replace(/"/g, "");
  const body = response.body as { version?: unknown } | null;
  return body && typeof body.version === "number" ? String(body.version) : null;
}
