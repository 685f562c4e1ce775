/**
 * Location pings while on duty. Each ping gets its own client id and waits in the
 * phone's `ping_buffer` table; `PingBuffer.drain` moves up to 1,000 of them, in one
 * SQLite transaction, into a single write on the outbox's *telemetry* lane
 * (POST /locations/pings). The outbox sends business writes first and never lets a
 * telemetry write hold one up (see Outbox.flush). A batch retried after a lost
 * answer carries the same ping ids, and the server keeps each ping once; a ping the
 * server refuses (impossible coordinates, a time far in the future) is reported in
 * the batch's results and dropped, the others kept.
 */
import type { components } from "./api/schema.gen";
import { currentPosition } from "./location";
import { newId } from "./random";
import type { SqlDatabase } from "./sql";
import type { Outbox } from "./sync/outbox";
import type { OutboxItem } from "./sync/outbox-types";
import type { Services } from "./sync/sync-provider";

export type PingIn = components["schemas"]["PingIn"];
export type PingEvent = components["schemas"]["PingEvent"];

/** The API takes at most this many pings per request (more: 413). */
export const MAX_PINGS_PER_BATCH = 1000;

/** How often a ping is taken while on duty and the app is open (EXPO_PUBLIC_PING_INTERVAL_SECONDS overrides). */
export const DEFAULT_PING_INTERVAL_MS = 5 * 60_000;

export function pingIntervalMs(setting: string | undefined = process.env.EXPO_PUBLIC_PING_INTERVAL_SECONDS): number {
  const seconds = Number(setting);
  return Number.isFinite(seconds) && seconds >= 10 ? seconds * 1000 : DEFAULT_PING_INTERVAL_MS;
}

export function makePing({
  id,
  fix,
  event,
  recordedAt,
}: {
  id: string;
  fix: { latitude: number; longitude: number; accuracy: number | null; speed?: number | null };
  event: PingEvent;
  recordedAt: string;
}): PingIn {
  return {
    id,
    recorded_at: recordedAt,
    latitude: fix.latitude,
    longitude: fix.longitude,
    accuracy_m: fix.accuracy,
    speed_mps: fix.speed !== undefined && fix.speed !== null && fix.speed >= 0 ? fix.speed : null,
    is_mock: false,
    event,
  };
}

export function pingsWrite(pings: PingIn[]) {
  const events = new Set(pings.map((ping) => ping.event));
  return {
    lane: "telemetry" as const,
    kind: "locations.pings",
    label: `Location: ${pings.length} ${pings.length === 1 ? "point" : "points"}${events.size === 1 && !events.has("periodic") ? ` (${[...events][0]})` : ""}`,
    method: "POST" as const,
    path: "/api/v1/locations/pings",
    body: { pings },
  };
}

export class PingBuffer {
  private draining: Promise<OutboxItem[]> | null = null;

  constructor(
    private readonly db: SqlDatabase,
    private readonly outbox: Outbox,
  ) {}

  async add(ping: PingIn): Promise<void> {
    await this.db.runAsync("INSERT OR IGNORE INTO ping_buffer (id, ping) VALUES (?, ?)", [ping.id, JSON.stringify(ping)]);
  }

  async size(): Promise<number> {
    const row = await this.db.getFirstAsync<{ n: number }>("SELECT COUNT(*) AS n FROM ping_buffer", []);
    return row?.n ?? 0;
  }

  /**
   * Moves every buffered ping into outbox writes of at most `MAX_PINGS_PER_BATCH`;
   * each batch leaves the buffer in the transaction that queues it, so a ping is
   * never lost nor queued twice. Concurrent calls share one run.
   */
  drain(batchSize = MAX_PINGS_PER_BATCH): Promise<OutboxItem[]> {
    if (!this.draining) {
      this.draining = this.run(Math.min(batchSize, MAX_PINGS_PER_BATCH)).finally(() => {
        this.draining = null;
      });
    }
    return this.draining;
  }

  private async run(batchSize: number): Promise<OutboxItem[]> {
    const queued: OutboxItem[] = [];
    for (;;) {
      const rows = await this.db.getAllAsync<{ seq: number; ping: string }>(
        "SELECT seq, ping FROM ping_buffer ORDER BY seq LIMIT ?",
        [batchSize],
      );
      if (rows.length === 0) return queued;
      const last = rows[rows.length - 1]!.seq;
      const pings = rows.map((row) => JSON.parse(row.ping) as PingIn);
      queued.push(
        await this.outbox.enqueue(pingsWrite(pings), async (tx) => {
          await tx.runAsync("DELETE FROM ping_buffer WHERE seq <= ?", [last]);
        }),
      );
    }
  }
}

export interface PingFix {
  latitude: number;
  longitude: number;
  accuracy: number | null;
}

const buffers = new WeakMap<Outbox, PingBuffer>();

/** One ping buffer per open database (the outbox stands for it). */
export function pingBufferFor(services: Pick<Services, "db" | "outbox">): PingBuffer {
  let buffer = buffers.get(services.outbox);
  if (!buffer) {
    buffer = new PingBuffer(services.db, services.outbox);
    buffers.set(services.outbox, buffer);
  }
  return buffer;
}

/** Whether a duty day is open on this phone (started, not ended): pings are taken only then. */
export async function isOnDuty(services: Pick<Services, "records">): Promise<boolean> {
  const days = await services.records.list<{ ended_at: string | null }>("duty_days");
  return days.some(({ data }) => !data.ended_at);
}

/**
 * A ping at a key event (check-in, quote, lead...) or on the interval, while on
 * duty; `fix` when the caller already has the position. Never throws: telemetry
 * must not break what the person did.
 */
export async function pingAtEvent(services: Services, event: PingEvent, fix?: PingFix | null): Promise<void> {
  try {
    if (!(await isOnDuty(services))) return;
    const position =
      fix ??
      (await currentPosition().then((found) =>
        found ? { latitude: found.latitude, longitude: found.longitude, accuracy: found.accuracy } : null,
      ));
    if (!position) return;
    const buffer = pingBufferFor(services);
    await buffer.add(makePing({ id: newId(), fix: position, event, recordedAt: new Date().toISOString() }));
    await buffer.drain();
    services.engine.kick();
  } catch {
    // A lost ping is a gap in the route, never a reason to fail a capture.
  }
}
