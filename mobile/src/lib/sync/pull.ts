/**
 * Pulling: the server's view of what the engineer may see, copied into the local
 * records. Each feature says how to fetch its collection; this module pages
 * through it (keyset cursors) and stores it, keeping records still in the outbox.
 */
import type { ApiClient } from "../api/client";
import type { LocalRecords, PutOptions, RecordKind } from "../local-records";

export interface Page<T> {
  items: T[];
  next_cursor?: string | null;
}

export interface PullContext {
  api: ApiClient;
  records: LocalRecords;
}

/** One feature's pull; named so the sync screen can say what failed. */
export interface Puller {
  name: string;
  pull(context: PullContext): Promise<void>;
}

/** Safety cap: a field engineer's own data is far below it; a bug must not loop forever. */
const MAX_PAGES = 50;

export async function fetchAllPages<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result: Page<T> = await fetchPage(cursor);
    items.push(...result.items);
    cursor = result.next_cursor ?? null;
    if (!cursor) break;
  }
  return items;
}

export async function pullCollection<T extends { id: string }>(
  records: LocalRecords,
  kind: RecordKind,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  options: PutOptions<T> & { parentScope?: string } = {},
): Promise<T[]> {
  const items = await fetchAllPages(fetchPage);
  await records.replaceAll(kind, items, { ...options, syncedAt: Date.now() });
  return items;
}

export async function pullAll(pullers: Puller[], context: PullContext): Promise<string[]> {
  const failures: string[] = [];
  for (const puller of pullers) {
    try {
      await puller.pull(context);
    } catch (error) {
      failures.push(`${puller.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}
