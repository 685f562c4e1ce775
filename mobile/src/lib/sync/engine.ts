/**
 * When to sync: right after a write is captured, when the network comes back,
 * when the app returns to the foreground, when a backed-off write falls due, and
 * on "Sync now". A sync sends the outbox first (so the server has our changes),
 * then pulls fresh copies.
 */
import type { FlushResult, Outbox } from "./outbox";

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  lastSyncAt: number | null;
  lastFlush: FlushResult | null;
  pullErrors: string[];
}

export interface SyncEngineOptions {
  outbox: Outbox;
  pull: () => Promise<string[]>;
  onChange: () => void;
  loadLastSyncAt: () => Promise<number | null>;
  saveLastSyncAt: (at: number) => Promise<void>;
  now?: () => number;
}

const MAX_WAIT_MS = 5 * 60_000;

export class SyncEngine {
  private status: SyncStatus = { online: true, syncing: false, lastSyncAt: null, lastFlush: null, pullErrors: [] };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private following: { round: Promise<void>; force: boolean } | null = null;
  private stopped = false;

  constructor(private readonly options: SyncEngineOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.options.outbox.load();
    this.set({ lastSyncAt: await this.options.loadLastSyncAt() });
  }

  /** No more timed retries (sign-out, unmount); the next start or sync resumes them. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setOnline(online: boolean): void {
    const cameBack = online && !this.status.online;
    this.set({ online });
    if (cameBack) void this.sync({ force: true });
  }

  /** After a write: send what is due without waiting for backoff of earlier items. */
  kick(): void {
    if (this.status.online) void this.flushOnly();
  }

  /**
   * Full round trip: send, then pull. `force` ignores backoff (the person asked).
   * Asked during a round, it answers one more round after it (shared by every
   * such call): the running one may be past its pull and miss what changed since.
   */
  sync(options: { force?: boolean } = {}): Promise<void> {
    this.stopped = false;
    const force = options.force ?? false;
    if (!this.running) {
      this.running = this.round(force).finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (this.following) {
      this.following.force ||= force;
      return this.following.round;
    }
    const following = { force, round: Promise.resolve() };
    following.round = this.running.then(() => {
      this.following = null;
      return this.sync({ force: following.force });
    });
    this.following = following;
    return following.round;
  }

  private async flushOnly(): Promise<void> {
    const lastFlush = await this.options.outbox.flush();
    this.watchUploads();
    this.set({ lastFlush });
    this.options.onChange();
    this.schedule();
    // What the server made of the writes (a converted lead's new customer, fresh scores) comes with a pull.
    if (lastFlush.sent > 0) void this.sync();
  }

  private async round(force: boolean): Promise<void> {
    this.set({ syncing: true });
    try {
      const lastFlush = await this.options.outbox.flush({ force });
      this.watchUploads();
      this.set({ lastFlush });
      if (lastFlush.stoppedBy === "offline" || lastFlush.stoppedBy === "auth") {
        if (lastFlush.stoppedBy === "offline") this.set({ online: false });
        return;
      }
      const pullErrors = await this.options.pull();
      const changes: Partial<SyncStatus> = { pullErrors, online: true };
      if (pullErrors.length === 0) {
        const at = (this.options.now ?? Date.now)();
        await this.options.saveLastSyncAt(at);
        changes.lastSyncAt = at;
      }
      this.set(changes);
    } finally {
      this.set({ syncing: false });
      this.options.onChange();
      this.schedule();
    }
  }

  /**
   * Uploads run beside the round. Once some went: the screens show them as sent, the
   * writes that waited for them (submitting the report they belong to) go, and a pull
   * brings the records with their files.
   */
  private watchUploads(): void {
    void this.options.outbox.backgroundSettled().then((lanes) => {
      if (this.stopped || (lanes.upload?.sent ?? 0) === 0) return;
      this.options.onChange();
      void this.sync();
    });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = this.options.outbox.nextAttemptAt();
    if (this.stopped || due === null || this.status.lastFlush?.stoppedBy === "auth") return;
    // Re-checked at least every few minutes, so a wrong clock can't put retries off for long.
    const delay = Math.min(MAX_WAIT_MS, Math.max(1_000, due - (this.options.now ?? Date.now)()));
    this.timer = setTimeout(() => void this.flushOnly(), delay);
  }

  private set(changes: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...changes };
    this.listeners.forEach((listener) => listener());
  }
}
