/**
 * The outbox: every write the app makes, queued on the phone and sent in order.
 *
 * A write is stored before anything is sent, with a client-made id and an
 * Idempotency-Key, in the same SQLite transaction as the local change it makes,
 * so the screen shows it at once (pending) and nothing is lost when the app is
 * killed. The item leaves the queue only in the transaction that stores the
 * server's answer (or, on discard, that undoes the local change): a record is
 * pending exactly while a write on it waits.
 *
 * No answer or a 5xx/408/429 keeps the item and retries it with exponential backoff
 * using the SAME key and the SAME body bytes, so the server replays its first answer
 * instead of making a second record. After `maxAttempts` such failures the item is
 * set aside for the person (retry or discard); being offline never counts. A 4xx
 * parks the item with what the person can do. Either way, later writes on the same
 * records wait behind it and unrelated ones go on. Lanes keep telemetry and uploads
 * from ever holding up business writes.
 */
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter, type BackoffPolicy } from "./backoff";
import { describeRejection, fileMissing, isTransient, lostAnswer, networkError, serverError, setAside } from "./outbox-errors";
import { requestHeaders, versionOf, waitsAcrossLanes } from "./outbox-http";
import {
  CHAINED,
  type LocalChange,
  type OutboxChanges,
  type OutboxError,
  type OutboxItem,
  type OutboxLane,
  type OutboxOptions,
  type OutboxResponse,
  type UploadForm,
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

type Outcome = "sent" | "refused" | "retrying" | "set-aside" | "offline" | "auth";

type Listener = () => void;

export type BackgroundResult = Partial<Record<OutboxLane, FlushResult>>;

export const DEFAULT_MAX_ATTEMPTS = 5;
const BACKGROUND_LANES: readonly OutboxLane[] = ["upload", "telemetry"];

export class Outbox {
  private snapshot: readonly OutboxItem[] = [];
  private listeners = new Set<Listener>();
  private running = new Map<OutboxLane, Promise<FlushResult>>();
  private following = new Map<OutboxLane, { run: Promise<FlushResult>; force: boolean }>();
  private background: Promise<BackgroundResult> = Promise.resolve({});
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly policy: BackoffPolicy;
  private readonly maxAttempts: number;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.policy = options.backoff ?? DEFAULT_BACKOFF;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** Reads the stored queue (after an app start) so the screen shows it before any flush. */
  async load(): Promise<readonly OutboxItem[]> {
    await this.refresh();
    return this.snapshot;
  }

  /** Queues a write and makes its local change (`local`) in one transaction. */
  async enqueue(write: WriteRequest, local?: LocalChange): Promise<OutboxItem> {
    const id = this.options.newId();
    const entityId = write.entityId ?? null;
    const ifMatch = write.ifMatch === undefined || write.ifMatch === null ? null : String(write.ifMatch);
    const item = await this.options.store.transaction(async (tx) => {
      const chained = entityId !== null && (await tx.all()).some((queued) => queued.entityId === entityId);
      const stored = await tx.insert({
        id,
        lane: write.lane ?? "business",
        kind: write.kind,
        label: write.label,
        method: write.method,
        path: write.path,
        body: write.body === undefined ? null : JSON.stringify(write.body),
        ifMatch: ifMatch !== null && chained ? CHAINED : ifMatch,
        // Behind another write on the record, the edit was made on that write's result, not on a server copy.
        base: write.base && !chained ? JSON.stringify(write.base) : null,
        idempotencyKey: id,
        entityKind: write.entityKind ?? null,
        entityId,
        scopeIds: [...new Set([...(write.scopeIds ?? []), ...(entityId ? [entityId] : [])])],
        status: "pending",
        attempts: 0,
        tries: 0,
        nextAttemptAt: this.now(),
        createdAt: this.now(),
        lastError: null,
      });
      await local?.(tx.sql);
      return stored;
    });
    await this.refresh();
    return item;
  }

  /**
   * Sends the business writes that are due, in order, then starts the background
   * lanes without waiting for them. Concurrent calls share one run per lane.
   * `force` ignores backoff (Sync now).
   */
  async flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    const force = options.force ?? false;
    const result = await this.flushLane("business", force);
    if (result.stoppedBy !== "offline" && result.stoppedBy !== "auth") {
      this.background = Promise.all(BACKGROUND_LANES.map((lane) => this.flushLane(lane, force))).then((results) =>
        Object.fromEntries(BACKGROUND_LANES.map((lane, index) => [lane, results[index]])),
      );
    } else {
      // Nothing started: whoever waits on this flush's background must not see an older run's result.
      this.background = Promise.resolve({});
    }
    return result;
  }

  /** Settles when the background lanes started by the last flush are done, with what each did. */
  backgroundSettled(): Promise<BackgroundResult> {
    return this.background;
  }

  /**
   * One run per lane at a time, so a write is never sent twice at once. A call
   * during a run gets one more run after it (shared by every such call), so a
   * write queued meanwhile is not left for later.
   */
  flushLane(lane: OutboxLane, force = false): Promise<FlushResult> {
    const running = this.running.get(lane);
    if (!running) {
      const run = this.run(lane, force).finally(() => this.running.delete(lane));
      this.running.set(lane, run);
      return run;
    }
    const following = this.following.get(lane);
    if (following) {
      following.force ||= force;
      return following.run;
    }
    const next = { force, run: Promise.resolve() as Promise<unknown> as Promise<FlushResult> };
    next.run = running
      .catch(() => undefined)
      .then(() => {
        this.following.delete(lane);
        return this.flushLane(lane, next.force);
      });
    this.following.set(lane, next);
    return next.run;
  }

  async retry(id: string): Promise<void> {
    await this.change(id, { status: "pending", attempts: 0, tries: 0, nextAttemptAt: this.now(), lastError: null });
  }

  /** After a 412: the caller reloaded the record; send the same change against its new version. */
  async reapply(id: string, version: string | number): Promise<void> {
    await this.change(id, {
      ifMatch: String(version),
      status: "pending",
      attempts: 0,
      tries: 0,
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
      tries: 0,
      nextAttemptAt: this.now(),
      lastError: null,
    });
  }

  /**
   * After a 412 resolved field by field: the write now carries only the values the
   * person kept, against the version they compared with (`base`: that version's
   * copy). A new body is a new request (new key); `local` updates the record on
   * the phone in the same transaction.
   */
  async resolve(
    id: string,
    body: unknown,
    version: string | number,
    local?: LocalChange,
    base: Record<string, unknown> | null = null,
  ): Promise<void> {
    await this.options.store.transaction(async (tx) => {
      await tx.update(id, {
        body: JSON.stringify(body),
        ifMatch: String(version),
        base: base ? JSON.stringify(base) : null,
        idempotencyKey: this.options.newId(),
        status: "pending",
        attempts: 0,
        tries: 0,
        nextAttemptAt: this.now(),
        lastError: null,
      });
      await local?.(tx.sql);
    });
    await this.refresh();
  }

  /** Gives up on a write: it leaves the queue and its local change is undone, together. */
  async discard(id: string): Promise<void> {
    await this.options.store.transaction(async (tx) => {
      const item = (await tx.all()).find((candidate) => candidate.id === id);
      if (!item) return;
      await tx.remove(id);
      await this.options.revert?.(tx.sql, item);
    });
    await this.refresh();
  }

  /**
   * The first word on a write: null once it left the queue (the server took it, or
   * it was discarded), the item when it was refused or set aside, or the item still
   * waiting after an attempt that got no good answer or after `timeoutMs`.
   */
  settled(id: string, timeoutMs: number): Promise<OutboxItem | null> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const item = this.snapshot.find((candidate) => candidate.id === id) ?? null;
        if (item !== null && item.status === "pending" && item.tries === 0) return false;
        finish(item);
        return true;
      };
      const timer = setTimeout(() => finish(this.snapshot.find((candidate) => candidate.id === id) ?? null), timeoutMs);
      const unsubscribe = this.subscribe(() => void check());
      const finish = (item: OutboxItem | null) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(item);
      };
      check();
    });
  }

  getSnapshot = (): readonly OutboxItem[] => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** When the next write a flush would try falls due (writes held behind a parked one don't count). */
  nextAttemptAt(): number | null {
    let next: number | null = null;
    const blocked = new Map<OutboxLane, Set<string>>();
    for (const item of this.snapshot) {
      const laneBlocked = blocked.get(item.lane) ?? new Set<string>();
      blocked.set(item.lane, laneBlocked);
      const held = item.scopeIds.some((scopeId) => laneBlocked.has(scopeId)) || waitsAcrossLanes(item, this.snapshot);
      if (!held && item.status === "pending") next = Math.min(next ?? Infinity, item.nextAttemptAt);
      if (held || item.status === "failed" || item.nextAttemptAt > this.now()) {
        item.scopeIds.forEach((scopeId) => laneBlocked.add(scopeId));
      }
    }
    return next;
  }

  private async run(lane: OutboxLane, force: boolean): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0, remaining: 0, stoppedBy: null };
    const blocked = new Set<string>();
    const hold = (item: OutboxItem) => item.scopeIds.forEach((scopeId) => blocked.add(scopeId));
    const versions = new Map<string, string>();
    let troubleInARow = 0;
    try {
      const queue = await this.options.store.all();
      for (const item of queue) {
        if (item.lane !== lane) continue;
        // What it waits for in another lane goes in that lane's own run.
        if (waitsAcrossLanes(item, queue)) {
          hold(item);
          continue;
        }
        if (item.status === "failed" || item.scopeIds.some((scopeId) => blocked.has(scopeId))) {
          hold(item);
          continue;
        }
        if (!force && item.nextAttemptAt > this.now()) {
          // Its own backoff holds only the writes on the same records.
          hold(item);
          result.stoppedBy ??= "backoff";
          continue;
        }
        const outcome = await this.send(item, versions);
        if (outcome === "offline" || outcome === "auth") {
          result.stoppedBy = outcome;
          break;
        }
        if (outcome === "sent") {
          result.sent += 1;
          troubleInARow = 0;
          continue;
        }
        hold(item);
        if (outcome === "refused" || outcome === "set-aside") result.failed += 1;
        if (outcome === "retrying" || outcome === "set-aside") {
          troubleInARow += 1;
          // Two different writes failing in a row looks like the server, not the writes: let it rest.
          if (troubleInARow >= 2) {
            result.stoppedBy = "server";
            break;
          }
        }
      }
    } finally {
      await this.refresh();
    }
    result.remaining = this.snapshot.filter((item) => item.lane === lane).length;
    return result;
  }

  private async send(item: OutboxItem, versions: Map<string, string>): Promise<Outcome> {
    let form: UploadForm | null = null;
    if (item.lane === "upload" && this.options.loadUpload) {
      form = await this.options.loadUpload(item);
      if (form === null) {
        await this.options.store.update(item.id, {
          status: "failed",
          attempts: item.attempts + 1,
          tries: item.tries + 1,
          lastError: fileMissing(),
        });
        return "refused";
      }
    }
    const headers = requestHeaders(item, await this.ifMatchFor(item, versions), form !== null);

    let response: OutboxResponse;
    try {
      response = await this.options.transport({
        method: item.method,
        path: item.path,
        body: form ? null : item.body,
        headers,
        form,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const answers = this.options.reachable ? await this.options.reachable().catch(() => false) : false;
      if (!answers) {
        await this.postpone(item, networkError(message), null, false);
        return "offline";
      }
      return this.postpone(item, lostAnswer(message), null, true);
    }

    if (response.status >= 200 && response.status < 300) {
      const version = versionOf(response);
      if (item.entityId && version !== null) versions.set(item.entityId, version);
      await this.settle(item, response);
      return "sent";
    }
    if (isTransient(response.status)) {
      return this.postpone(item, serverError(response), parseRetryAfter(response.headers.get("Retry-After")), true);
    }
    if (response.status === 401) {
      // The transport already tried to refresh the session: wait for the person to sign in again.
      await this.options.store.update(item.id, { lastError: describeRejection(response, false) });
      return "auth";
    }
    // An upload's body is a file: there is nothing to correct in a form, only to retry or discard.
    const editable = item.lane !== "upload" && (item.method === "POST" || item.method === "PATCH" || item.method === "PUT");
    await this.options.store.update(item.id, {
      status: "failed",
      attempts: item.attempts + 1,
      tries: item.tries + 1,
      lastError: describeRejection(response, editable && item.body !== null),
    });
    return "refused";
  }

  /** The server took it: the item leaves the queue in the transaction that stores the answer. */
  private async settle(item: OutboxItem, response: OutboxResponse): Promise<void> {
    try {
      await this.options.store.transaction(async (tx) => {
        await tx.remove(item.id);
        await this.options.applyAnswer?.(tx.sql, item, response);
      });
    } catch {
      // An answer we cannot store must not send the write again: the server has it,
      // and the next pull brings the record as the server holds it.
      await this.options.store.transaction((tx) => tx.remove(item.id));
    }
  }

  private async ifMatchFor(item: OutboxItem, versions: Map<string, string>): Promise<string | null> {
    if (item.ifMatch !== CHAINED) return item.ifMatch;
    const entityId = item.entityId ?? "";
    const known = versions.get(entityId);
    if (known !== undefined) return known;
    if (!item.entityKind || !this.options.resolveVersion) return null;
    return this.options.resolveVersion(item.entityKind, entityId);
  }

  /** Schedules another attempt; a counted failure past the limit sets the item aside instead. */
  private async postpone(
    item: OutboxItem,
    error: OutboxError,
    retryAfter: number | null,
    counts: boolean,
  ): Promise<"retrying" | "set-aside"> {
    const attempts = counts ? item.attempts + 1 : item.attempts;
    const tries = item.tries + 1;
    if (attempts >= this.maxAttempts) {
      await this.options.store.update(item.id, { status: "failed", attempts, tries, lastError: setAside(error, attempts) });
      return "set-aside";
    }
    const delay = backoffDelay(tries, this.policy, this.random, retryAfter);
    await this.options.store.update(item.id, { attempts, tries, nextAttemptAt: this.now() + delay, lastError: error });
    return "retrying";
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
