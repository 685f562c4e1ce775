/**
 * The outbox: every write the app makes, queued on the phone and sent in order.
 *
 * A write is stored before anything is sent, with a client-made id and an
 * Idempotency-Key, so the screen shows it at once (pending) and nothing is lost
 * when the app is killed. Sending is strictly in capture order: a write waits for
 * the ones before it. No answer (offline, lost response) or a 5xx/429 keeps the
 * item and retries it with exponential backoff using the SAME key and the SAME
 * body bytes, so the server replays its first answer instead of making a second
 * record. A 4xx parks the item as failed with what the person can do (edit it,
 * reload and reapply, or discard it); later writes on the same records wait
 * behind it, unrelated ones go on.
 */
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter, type BackoffPolicy } from "./backoff";
import { describeRejection, isTransient, networkError, serverError } from "./outbox-errors";
import { requestHeaders, versionOf } from "./outbox-http";
import {
  CHAINED,
  type OutboxChanges,
  type OutboxItem,
  type OutboxOptions,
  type OutboxResponse,
  type WriteRequest,
} from "./outbox-types";

export type { OutboxHooks, OutboxOptions, WriteRequest } from "./outbox-types";

export type FlushStop = "offline" | "server" | "auth" | "backoff" | null;

export interface FlushResult {
  sent: number;
  failed: number;
  remaining: number;
  stoppedBy: FlushStop;
}

type Listener = () => void;

export class Outbox {
  private snapshot: readonly OutboxItem[] = [];
  private listeners = new Set<Listener>();
  private flushing: Promise<FlushResult> | null = null;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly policy: BackoffPolicy;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.policy = options.backoff ?? DEFAULT_BACKOFF;
  }

  /** Reads the stored queue (after an app start) so the screen shows it before any flush. */
  async load(): Promise<readonly OutboxItem[]> {
    await this.refresh();
    return this.snapshot;
  }

  async enqueue(write: WriteRequest): Promise<OutboxItem> {
    const id = this.options.newId();
    const entityId = write.entityId ?? null;
    const queued = await this.options.store.all();
    const chained = entityId !== null && queued.some((item) => item.entityId === entityId);
    const ifMatch = write.ifMatch === undefined || write.ifMatch === null ? null : String(write.ifMatch);
    const item = await this.options.store.insert({
      id,
      kind: write.kind,
      label: write.label,
      method: write.method,
      path: write.path,
      body: write.body === undefined ? null : JSON.stringify(write.body),
      ifMatch: ifMatch !== null && chained ? CHAINED : ifMatch,
      idempotencyKey: id,
      entityKind: write.entityKind ?? null,
      entityId,
      scopeIds: [...new Set([...(write.scopeIds ?? []), ...(entityId ? [entityId] : [])])],
      status: "pending",
      attempts: 0,
      nextAttemptAt: this.now(),
      createdAt: this.now(),
      lastError: null,
    });
    await this.refresh();
    return item;
  }

  /** Sends what is due, in order. Concurrent calls share one run. `force` ignores backoff (Sync now). */
  flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    if (!this.flushing) {
      this.flushing = this.run(options.force ?? false).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  async retry(id: string): Promise<void> {
    await this.change(id, { status: "pending", attempts: 0, nextAttemptAt: this.now(), lastError: null });
  }

  /** After a 412: the caller reloaded the record; send the same change against its new version. */
  async reapply(id: string, version: string | number): Promise<void> {
    await this.change(id, {
      ifMatch: String(version),
      status: "pending",
      attempts: 0,
      nextAttemptAt: this.now(),
      lastError: null,
    });
  }

  /** After a 422: the person corrected the write. A new body is a new request, so it gets a new key. */
  async amend(id: string, body: unknown): Promise<void> {
    await this.change(id, {
      body: JSON.stringify(body),
      idempotencyKey: this.options.newId(),
      status: "pending",
      attempts: 0,
      nextAttemptAt: this.now(),
      lastError: null,
    });
  }

  async discard(id: string): Promise<void> {
    const item = (await this.options.store.all()).find((candidate) => candidate.id === id);
    if (!item) return;
    await this.options.store.remove(id);
    await this.options.onDiscarded?.(item);
    await this.refresh();
  }

  getSnapshot = (): readonly OutboxItem[] => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** When the next write that a flush would try falls due (writes held behind a failed one don't count). */
  nextAttemptAt(): number | null {
    const blocked = new Set<string>();
    for (const item of this.snapshot) {
      if (item.status === "failed" || item.scopeIds.some((scopeId) => blocked.has(scopeId))) {
        item.scopeIds.forEach((scopeId) => blocked.add(scopeId));
        continue;
      }
      return item.nextAttemptAt;
    }
    return null;
  }

  private async run(force: boolean): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0, remaining: 0, stoppedBy: null };
    const blocked = new Set<string>();
    const versions = new Map<string, string>();
    try {
      for (const item of await this.options.store.all()) {
        const held = item.scopeIds.some((scopeId) => blocked.has(scopeId));
        if (item.status === "failed" || held) {
          item.scopeIds.forEach((scopeId) => blocked.add(scopeId));
          continue;
        }
        if (!force && item.nextAttemptAt > this.now()) {
          result.stoppedBy = "backoff";
          break;
        }
        const outcome = await this.send(item, versions);
        if (outcome === "sent") result.sent += 1;
        else if (outcome === "failed") {
          result.failed += 1;
          item.scopeIds.forEach((scopeId) => blocked.add(scopeId));
        } else {
          result.stoppedBy = outcome;
          break;
        }
      }
    } finally {
      await this.refresh();
    }
    result.remaining = this.snapshot.length;
    return result;
  }

  private async send(
    item: OutboxItem,
    versions: Map<string, string>,
  ): Promise<"sent" | "failed" | "offline" | "server" | "auth"> {
    const headers = requestHeaders(item, await this.ifMatchFor(item, versions));

    let response: OutboxResponse;
    try {
      response = await this.options.transport({ method: item.method, path: item.path, body: item.body, headers });
    } catch (error) {
      await this.postpone(item, networkError(error instanceof Error ? error.message : String(error)), null);
      return "offline";
    }

    if (response.status >= 200 && response.status < 300) {
      const version = versionOf(response);
      if (item.entityId && version !== null) versions.set(item.entityId, version);
      await this.options.store.remove(item.id);
      await this.options.onApplied?.(item, response);
      return "sent";
    }
    if (isTransient(response.status)) {
      await this.postpone(item, serverError(response), parseRetryAfter(response.headers.get("Retry-After")));
      return "server";
    }
    if (response.status === 401) {
      // The transport already tried to refresh the session: wait for the person to sign in again.
      await this.options.store.update(item.id, { lastError: describeRejection(response, false) });
      return "auth";
    }
    const editable = item.method === "POST" || item.method === "PATCH" || item.method === "PUT";
    await this.options.store.update(item.id, {
      status: "failed",
      attempts: item.attempts + 1,
      lastError: describeRejection(response, editable && item.body !== null),
    });
    return "failed";
  }

  private async ifMatchFor(item: OutboxItem, versions: Map<string, string>): Promise<string | null> {
    if (item.ifMatch !== CHAINED) return item.ifMatch;
    const entityId = item.entityId ?? "";
    const known = versions.get(entityId);
    if (known !== undefined) return known;
    if (!item.entityKind || !this.options.resolveVersion) return null;
    return this.options.resolveVersion(item.entityKind, entityId);
  }

  private async postpone(item: OutboxItem, error: OutboxItem["lastError"], retryAfter: number | null) {
    const attempts = item.attempts + 1;
    const delay = backoffDelay(attempts, this.policy, this.random, retryAfter);
    await this.options.store.update(item.id, { attempts, nextAttemptAt: this.now() + delay, lastError: error });
  }

  private async change(id: string, changes: OutboxChanges): Promise<void> {
    await this.options.store.update(id, changes);
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    this.snapshot = await this.options.store.all();
    this.listeners.forEach((listener) => listener());
  }
}
