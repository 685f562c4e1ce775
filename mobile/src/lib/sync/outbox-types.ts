import type { FieldProblem } from "../api/problem";
import type { SqlExecutor } from "../sql";
import type { BackoffPolicy } from "./backoff";

export type { FieldProblem };

export type HttpMethod = "POST" | "PATCH" | "PUT" | "DELETE";

/** Take the If-Match version from the write queued before this one on the same record. */
export const CHAINED = "chained";

/** What the person can do about a parked item; the sync screen offers it. */
export type OutboxAction = "edit" | "reload" | "discard" | "wait" | "sign-in" | "retry";

/**
 * Business writes (what the person recorded) go first and never wait behind
 * telemetry (location pings) or file uploads (photos, receipts): each lane has its
 * own order and its own failures.
 */
export type OutboxLane = "business" | "telemetry" | "upload";
export const LANES: readonly OutboxLane[] = ["business", "upload", "telemetry"];

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
  lane: OutboxLane;
  kind: string;
  /** What the sync screen shows, e.g. "New lead: Asha Rao". */
  label: string;
  method: HttpMethod;
  path: string;
  /** Serialized once at capture: a retry must send the very same bytes (the server fingerprints them). */
  body: string | null;
  ifMatch: string | null;
  /**
   * The server's copy of the record the edit was made on (the version sent as
   * If-Match), as JSON, kept with the write: after a 412 it tells which fields
   * only this edit changed, even once a pull has brought the version saved since.
   * Null when unknown (a chained write, a record the server never had).
   */
  base: string | null;
  idempotencyKey: string;
  entityKind: string | null;
  entityId: string | null;
  /** Records this write depends on: a failed earlier write on one of them holds it back. */
  scopeIds: string[];
  /** failed: refused by the server, or set aside after too many failed attempts; it waits for the person. */
  status: "pending" | "failed";
  /** Attempts that failed for a reason worth counting (the server answered badly or lost the answer). */
  attempts: number;
  /** Every attempt that got no good answer, offline ones included: the backoff grows with it. */
  tries: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError: OutboxError | null;
}

export type NewOutboxItem = Omit<OutboxItem, "seq">;
export type OutboxChanges = Partial<
  Pick<OutboxItem, "body" | "ifMatch" | "base" | "idempotencyKey" | "status" | "attempts" | "tries" | "nextAttemptAt" | "lastError">
>;

/** The queue inside one transaction, beside the local records it changes. */
export interface OutboxTransaction {
  sql: SqlExecutor;
  all(): Promise<OutboxItem[]>;
  insert(item: NewOutboxItem): Promise<OutboxItem>;
  update(id: string, changes: OutboxChanges): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where the queue lives: the app's SQLite database, next to the records. */
export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  update(id: string, changes: OutboxChanges): Promise<void>;
  transaction<T>(work: (tx: OutboxTransaction) => Promise<T>): Promise<T>;
}

/** An upload's file, read from the phone's store when it is sent (the queue never holds the bytes). */
export interface UploadFile {
  name: string;
  type: string;
  base64: string;
}

/** A multipart body: text fields (e.g. the file's client id) and one file. */
export interface UploadForm {
  fields: Record<string, string>;
  file: UploadFile;
}

export interface OutboxRequest {
  method: HttpMethod;
  path: string;
  body: string | null;
  headers: Record<string, string>;
  /** Sent as multipart/form-data instead of `body` (uploads). */
  form?: UploadForm | null;
}

export interface OutboxResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: unknown;
}

/** Sends one request; throws when no answer arrived (offline, timeout, connection reset). */
export type Transport = (request: OutboxRequest) => Promise<OutboxResponse>;

export interface WriteRequest {
  /** Default: business. */
  lane?: OutboxLane;
  kind: string;
  label: string;
  method: HttpMethod;
  path: string;
  body?: unknown;
  /** The version the change was made against (sent as If-Match); null when none is needed. */
  ifMatch?: string | number | null;
  /** The server's copy the change was made on (at the If-Match version); dropped when the write is chained. */
  base?: Record<string, unknown> | null;
  entityKind?: string | null;
  entityId?: string | null;
  scopeIds?: string[];
}

/** A change to the local records made in the same transaction as a change to the queue. */
export type LocalChange = (tx: SqlExecutor) => Promise<void>;

export interface OutboxHooks {
  /**
   * The server took the write: store its answer. Runs in the transaction that
   * removes the item from the queue, so the record is never left pending.
   */
  applyAnswer?: (tx: SqlExecutor, item: OutboxItem, response: OutboxResponse) => Promise<void>;
  /** The person gave up on a write: undo its local effect, in the transaction that removes it. */
  revert?: (tx: SqlExecutor, item: OutboxItem) => Promise<void>;
  /** The current version of a record, for a write chained behind another on it. */
  resolveVersion?: (entityKind: string, entityId: string) => Promise<string | null>;
  /**
   * Whether the server answers at all (e.g. GET /health). When a write gets no
   * answer but the server does, the write itself is the problem and the attempt
   * counts; when nothing answers, the phone is offline and nothing counts.
   */
  reachable?: () => Promise<boolean>;
  /**
   * The multipart body of a write in the upload lane, read when it is sent; null when
   * its file is no longer on the phone. Without this hook uploads go as JSON.
   */
  loadUpload?: (item: OutboxItem) => Promise<UploadForm | null>;
}

export interface OutboxOptions extends OutboxHooks {
  store: OutboxStore;
  transport: Transport;
  newId: () => string;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Failed attempts (5xx, 408, 429, no answer) before a write is set aside. Default 5. */
  maxAttempts?: number;
}
