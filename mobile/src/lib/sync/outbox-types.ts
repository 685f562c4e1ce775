import type { FieldProblem } from "../api/problem";
import type { BackoffPolicy } from "./backoff";

export type { FieldProblem };

export type HttpMethod = "POST" | "PATCH" | "PUT" | "DELETE";

/** Take the If-Match version from the write queued before this one on the same record. */
export const CHAINED = "chained";

/** What the person can do about a parked item; the sync screen offers it. */
export type OutboxAction = "edit" | "reload" | "discard" | "wait" | "sign-in";


export interface OutboxError {
  kind: "validation" | "stale" | "conflict" | "rejected" | "network" | "server" | "auth";
  status: number | null;
  code: string | null;
  title: string;
  detail: string | null;
  fieldErrors: FieldProblem[];
  /** Extra lines the server sent, e.g. the possible duplicates of a new lead. */
  hints?: string[];
  action: OutboxAction;
}

export interface OutboxItem {
  /** Local id of the queued write; also its Idempotency-Key unless the body is edited. */
  id: string;
  seq: number;
  kind: string;
  /** What the sync screen shows, e.g. "New lead: Asha Rao". */
  label: string;
  method: HttpMethod;
  path: string;
  /** Serialized once at capture: a retry must send the very same bytes (the server fingerprints them). */
  body: string | null;
  ifMatch: string | null;
  idempotencyKey: string;
  entityKind: string | null;
  entityId: string | null;
  /** Records this write depends on: a failed earlier write on one of them holds it back. */
  scopeIds: string[];
  status: "pending" | "failed";
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError: OutboxError | null;
}

export type NewOutboxItem = Omit<OutboxItem, "seq">;
export type OutboxChanges = Partial<
  Pick<OutboxItem, "body" | "ifMatch" | "idempotencyKey" | "status" | "attempts" | "nextAttemptAt" | "lastError">
>;

/** Where the queue lives: SQLite in the app, memory in unit tests. */
export interface OutboxStore {
  insert(item: NewOutboxItem): Promise<OutboxItem>;
  all(): Promise<OutboxItem[]>;
  update(id: string, changes: OutboxChanges): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface OutboxRequest {
  method: HttpMethod;
  path: string;
  body: string | null;
  headers: Record<string, string>;
}

export interface OutboxResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: unknown;
}

/** Sends one request; throws when no answer arrived (offline, timeout, connection reset). */
export type Transport = (request: OutboxRequest) => Promise<OutboxResponse>;

export interface WriteRequest {
  kind: string;
  label: string;
  method: HttpMethod;
  path: string;
  body?: unknown;
  /** The version the change was made against (sent as If-Match); null when none is needed. */
  ifMatch?: string | number | null;
  entityKind?: string | null;
  entityId?: string | null;
  scopeIds?: string[];
}

export interface OutboxHooks {
  /** The server took the write: replace the pending local copy with its answer. */
  onApplied?: (item: OutboxItem, response: OutboxResponse) => Promise<void> | void;
  /** The person gave up on a write: undo its local effect. */
  onDiscarded?: (item: OutboxItem) => Promise<void> | void;
  /** The current version of a record, for a write chained behind another on it. */
  resolveVersion?: (entityKind: string, entityId: string) => Promise<string | null>;
}

export interface OutboxOptions extends OutboxHooks {
  store: OutboxStore;
  transport: Transport;
  newId: () => string;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
}
