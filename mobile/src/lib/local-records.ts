/**
 * The local copy of what the engineer may see, one table for every kind of record:
 * screens read from here, so they work with no network. The pull fills it from the
 * server; the outbox writes pending records into it the moment they are captured.
 */
import type { SqlDatabase } from "./sql";

export type RecordKind = "customers" | "contacts" | "leads" | "opportunities" | "pipelines" | "activities" | "timeline";

export interface LocalRecord<T> {
  data: T;
  isPending: boolean;
}

export interface PutOptions<T> {
  /** Text the offline search matches (name, email, phone...). */
  search?: (item: T) => string;
  parentId?: (item: T) => string | null;
  sortKey?: (item: T) => string;
  pending?: boolean;
  syncedAt?: number;
}

export interface ListOptions {
  q?: string;
  parentId?: string;
  /** Sort by the stored sort key, descending when true. */
  descending?: boolean;
  limit?: number;
}

interface Row {
  data: string;
  is_pending: number;
}

/** Rows per INSERT: 8 parameters each stays well under SQLite's limit of bound parameters. */
const PUT_BATCH = 100;

const toRecord = <T>(row: Row): LocalRecord<T> => ({ data: JSON.parse(row.data) as T, isPending: row.is_pending === 1 });

export class LocalRecords {
  constructor(private readonly db: SqlDatabase) {}

  async put<T extends { id: string }>(kind: RecordKind, items: T[], options: PutOptions<T> = {}): Promise<void> {
    // Many rows per statement: a pull of hundreds of records is a handful of round trips, not hundreds.
    for (let start = 0; start < items.length; start += PUT_BATCH) {
      const batch = items.slice(start, start + PUT_BATCH);
      const params = batch.flatMap((item) => [
        kind,
        item.id,
        JSON.stringify(item),
        (options.search?.(item) ?? "").toLowerCase(),
        options.parentId?.(item) ?? null,
        options.sortKey?.(item) ?? "",
        options.pending ? 1 : 0,
        options.syncedAt ?? null,
      ]);
      await this.db.runAsync(
        `INSERT INTO records (kind, id, data, search, parent_id, sort_key, is_pending, synced_at)
         VALUES ${batch.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}
         ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data, search = excluded.search,
           parent_id = excluded.parent_id, sort_key = excluded.sort_key,
           is_pending = excluded.is_pending, synced_at = excluded.synced_at`,
        params,
      );
    }
  }

  /**
   * Replaces what the server sent for a kind (optionally under one parent), keeping
   * the records still waiting in the outbox: the server hasn't seen them yet.
   */
  async replaceAll<T extends { id: string }>(
    kind: RecordKind,
    items: T[],
    options: PutOptions<T> & { parentScope?: string } = {},
  ): Promise<void> {
    const scope = options.parentScope;
    await this.db.runAsync(
      `DELETE FROM records WHERE kind = ? AND is_pending = 0 ${scope !== undefined ? "AND parent_id = ?" : ""}`,
      scope !== undefined ? [kind, scope] : [kind],
    );
    const pending = new Set(
      (
        await this.db.getAllAsync<{ id: string }>("SELECT id FROM records WHERE kind = ? AND is_pending = 1", [kind])
      ).map((row) => row.id),
    );
    await this.put(
      kind,
      items.filter((item) => !pending.has(item.id)),
      options,
    );
  }

  async get<T>(kind: RecordKind, id: string): Promise<LocalRecord<T> | null> {
    const row = await this.db.getFirstAsync<Row>("SELECT data, is_pending FROM records WHERE kind = ? AND id = ?", [
      kind,
      id,
    ]);
    return row ? toRecord<T>(row) : null;
  }

  async list<T>(kind: RecordKind, options: ListOptions = {}): Promise<LocalRecord<T>[]> {
    const where = ["kind = ?"];
    const params: (string | number)[] = [kind];
    if (options.parentId !== undefined) {
      where.push("parent_id = ?");
      params.push(options.parentId);
    }
    for (const word of (options.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
      where.push("search LIKE ? ESCAPE '\\'");
      params.push(`%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`);
    }
    const order = options.descending ? "DESC" : "ASC";
    const rows = await this.db.getAllAsync<Row>(
      `SELECT data, is_pending FROM records WHERE ${where.join(" AND ")}
       ORDER BY sort_key ${order}, id ${order} LIMIT ?`,
      [...params, options.limit ?? 500],
    );
    return rows.map((row) => toRecord<T>(row));
  }

  async remove(kind: RecordKind, id: string): Promise<void> {
    await this.db.runAsync("DELETE FROM records WHERE kind = ? AND id = ?", [kind, id]);
  }

  async clear(): Promise<void> {
    await this.db.execAsync("DELETE FROM records; DELETE FROM outbox; DELETE FROM meta;");
  }

  async getMeta(key: string): Promise<string | null> {
    const row = await this.db.getFirstAsync<{ value: string }>("SELECT value FROM meta WHERE key = ?", [key]);
    return row?.value ?? null;
  }

  async setMeta(key: string, value: string | null): Promise<void> {
    if (value === null) await this.db.runAsync("DELETE FROM meta WHERE key = ?", [key]);
    else
      await this.db.runAsync(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
      );
  }
}
