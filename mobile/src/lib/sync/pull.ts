/**
 * Pulling: the server's view of what the engineer may see, copied into the local
 * records, as deltas from the change feed (GET /sync/changes).
 *
 * The first sync (and a resync) takes the feed's position first (GET /sync/cursor),
 * then loads each kind's full list page by page to its end, then pulls what changed
 * from that position on; what changed during the load arrives again, harmlessly.
 * Kinds without a list of their own (contacts) are read from the feed's start. Each
 * feed page is stored together with the cursor after it, in one transaction, so a
 * pull cut short resumes where it stopped. A 410 (`sync.resync_required`: the
 * person's access changed) drops the local copy, never the outbox, and starts over.
 */
import type { components } from "../api/schema.gen";
import { unwrap, type ApiClient } from "../api/client";
import { ApiError } from "../api/problem";
import type { LocalRecords, RecordKind } from "../local-records";

export interface Page<T> {
  items: T[];
  next_cursor?: string | null;
}

type Change = components["schemas"]["Change"];
type FeedEntity = components["schemas"]["FeedEntity"];

/** A kind of record the phone keeps a copy of; its name is the change feed's entity. */
export interface SyncedKind<T extends { id: string } = any> {
  kind: RecordKind & FeedEntity;
  /** Its full list, page by page; without one, the first sync reads the feed from its start. */
  list?: (api: ApiClient, cursor: string | null) => Promise<Page<T>>;
  /** Records of this kind arrived from the server (e.g. schedule their reminders). */
  arrived?: (items: T[]) => Promise<void>;
  /** Records of this kind are gone for us. */
  gone?: (ids: string[]) => Promise<void>;
  /**
   * What the kind needs beside its records, refreshed after a good pull (e.g. the
   * expense policy, for drafting lines offline). Its failure never fails the pull.
   */
  alongside?: (context: PullContext) => Promise<void>;
}

export interface PullContext {
  api: ApiClient;
  records: LocalRecords;
  now?: () => number;
}

export const FEED_CURSOR_KEY = "feed_cursor";
/** The kinds the phone has loaded in full (a first sync, or a catch-up after an update added kinds). */
export const FEED_KINDS_KEY = "feed_kinds";
const FEED_PAGE_SIZE = 500;

/** Every page of a keyset list, however many there are; a cursor the server repeats is a bug, not a reason to loop. */
export async function fetchAllPages<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.next_cursor ?? null;
    if (cursor !== null && seen.has(cursor)) throw new Error("The server sent the same page cursor twice");
    if (cursor !== null) seen.add(cursor);
  } while (cursor !== null);
  return items;
}

const isResyncRequired = (error: unknown): boolean =>
  error instanceof ApiError && (error.problem.code === "sync.resync_required" || error.status === 410);

export class FeedPuller {
  private readonly byKind: Map<string, SyncedKind>;

  constructor(private readonly kinds: SyncedKind[]) {
    this.byKind = new Map(kinds.map((kind) => [kind.kind, kind]));
  }

  /** One pull; answers what went wrong, for the sync screen (empty: all is fresh). */
  async pull(context: PullContext): Promise<string[]> {
    try {
      const stored = await context.records.getMeta(FEED_CURSOR_KEY);
      const cursor = stored ?? (await this.loadEverything(context));
      if (stored !== null) await this.catchUp(context);
      try {
        await this.readFeed(context, cursor, true);
      } catch (error) {
        if (!isResyncRequired(error)) throw error;
        await context.records.transaction(async (records) => {
          await records.dropServerCopy();
          await records.setMeta(FEED_CURSOR_KEY, null);
        });
        await this.readFeed(context, await this.loadEverything(context), true);
      }
      for (const kind of this.kinds) await kind.alongside?.(context).catch(() => undefined);
      return [];
    } catch (error) {
      return [`sync: ${error instanceof Error ? error.message : String(error)}`];
    }
  }

  /** Full lists from a position taken first; answers that position (stored only once all is loaded). */
  private async loadEverything(context: PullContext): Promise<string> {
    const start = unwrap(await context.api.GET("/api/v1/sync/cursor")).cursor;
    await this.loadKinds(context, this.kinds);
    await context.records.setMeta(FEED_CURSOR_KEY, start);
    return start;
  }

  /**
   * Kinds an update of the app added since the phone's first sync are loaded once,
   * the way a first sync loads them: the deltas after the stored position would
   * never bring what was made before it (an engineer's earlier expense reports).
   * A phone that never recorded its kinds reloads those read from the feed's start.
   */
  private async catchUp(context: PullContext): Promise<void> {
    const stored = await context.records.getMeta(FEED_KINDS_KEY);
    const loaded = stored ? new Set(JSON.parse(stored) as string[]) : null;
    const missing = this.kinds.filter((kind) => (loaded ? !loaded.has(kind.kind) : !kind.list));
    if (missing.length > 0) await this.loadKinds(context, missing);
    else if (loaded) return;
    await context.records.setMeta(FEED_KINDS_KEY, JSON.stringify(this.kinds.map((kind) => kind.kind)));
  }

  /** Each kind's full list, or the feed from its start for kinds without one; then records them as loaded. */
  private async loadKinds(context: PullContext, kinds: SyncedKind[]): Promise<void> {
    const { api, records } = context;
    const fetchedFrom = (context.now ?? Date.now)();
    for (const kind of kinds) {
      const list = kind.list;
      if (!list) continue;
      const items = await fetchAllPages((cursor) => list(api, cursor));
      await records.transaction((tx) => tx.replaceServerCopy(kind.kind, items, { fetchedFrom }));
      await kind.arrived?.(items);
    }
    const unlisted = kinds.filter((kind) => !kind.list).map((kind) => kind.kind);
    if (unlisted.length > 0) await this.readFeed(context, null, false, unlisted);
    await records.setMeta(FEED_KINDS_KEY, JSON.stringify(this.kinds.map((kind) => kind.kind)));
  }

  /** Reads the feed from `since` to its end, storing each page (and, when asked, the cursor after it). */
  private async readFeed(
    context: PullContext,
    since: string | null,
    keepCursor: boolean,
    entities: FeedEntity[] = this.kinds.map((kind) => kind.kind),
  ): Promise<void> {
    let cursor = since;
    for (;;) {
      const page = unwrap(
        await context.api.GET("/api/v1/sync/changes", {
          params: { query: { since: cursor ?? undefined, entity: entities, limit: FEED_PAGE_SIZE } },
        }),
      );
      await context.records.transaction(async (records) => {
        await this.store(records, page.changes);
        if (keepCursor) await records.setMeta(FEED_CURSOR_KEY, page.next_cursor);
      });
      await this.announce(page.changes);
      if (!page.has_more) return;
      if (page.next_cursor === cursor) throw new Error("The change feed did not move forward");
      cursor = page.next_cursor;
    }
  }

  /** Applies changes in feed order, upserts of one kind in a row stored together. */
  private async store(records: LocalRecords, changes: Change[]): Promise<void> {
    let runKind: RecordKind | null = null;
    let run: { id: string }[] = [];
    const flush = async () => {
      if (runKind !== null && run.length > 0) await records.putServer(runKind, run);
      run = [];
    };
    for (const change of changes) {
      const kind = this.byKind.get(change.entity)?.kind;
      if (!kind) continue;
      if (change.op === "delete" || !change.data) {
        await flush();
        await records.removeServer(kind, change.id);
        continue;
      }
      if (runKind !== kind) await flush();
      runKind = kind;
      run.push(change.data as { id: string });
    }
    await flush();
  }

  private async announce(changes: Change[]): Promise<void> {
    for (const kind of this.kinds) {
      const mine = changes.filter((change) => change.entity === kind.kind);
      const arrived = mine.filter((change) => change.op === "upsert" && change.data).map((change) => change.data);
      const gone = mine.filter((change) => change.op === "delete").map((change) => change.id);
      if (arrived.length && kind.arrived) await kind.arrived(arrived as { id: string }[]);
      if (gone.length && kind.gone) await kind.gone(gone);
    }
  }
}
