/**
 * The local copy of what the engineer may see, one table for every kind of record:
 * screens read from here, so they work with no network.
 *
 * Each row keeps two copies: `data`, what the screens show, and `base`, the server's
 * latest copy (NULL when the server has none for us: a record made on the phone, or
 * one that left our sight). A record is *pending* exactly while the outbox holds a
 * write on it; that is computed from the outbox, never stored, so it cannot go stale.
 * The server's copies never overwrite the `data` of a pending row (the person's
 * change would vanish), but they do refresh its `base`; once its outbox entries are
 * gone, the next copy from the server heals the row.
 */
import type { SqlDatabase, SqlExecutor, SqlValue } from "./sql";

export type RecordKind =
  | "customers"
  | "contacts"
  | "leads"
  | "opportunities"
  | "pipelines"
  | "activities"
  | "timeline"
  | "products"
  | "tax_categories"
  | "price_lists"
  | "quotes"
  | "sales_orders"
  | "duty_days"
  | "visits"
  | "visit_reports"
  | "todos"
  | "expense_reports"
  | "expense_lines";

export interface LocalRecord<T> {
  data: T;
  isPending: boolean;
}

export interface RecordSchema<T> {
  /** Text the offline search matches (name, email, phone...). */
  search?: (item: T) => string;
  parentId?: (item: T) => string | null;
  sortKey?: (item: T) => string;
}

/** How each kind of record is indexed locally (search text, sort key, parent). */
export type RecordSchemas = Partial<Record<RecordKind, RecordSchema<any>>>;

export interface ListOptions {
  q?: string;
  parentId?: string;
  /** Only rows whose sort key is in [sortFrom, sortTo). */
  sortFrom?: string;
  sortTo?: string;
  /** Sort by the stored sort key, descending when true. */
  descending?: boolean;
  limit?: number;
}

interface Row {
  data: string;
  is_pending: number;
}

type Item = { id: string; version?: unknown };

/** Rows per INSERT: 9 parameters each stays well under SQLite's limit of bound parameters. */
const PUT_BATCH = 100;

/** The outbox holds a write on this row (used inside statements on `records`). */
const PENDING = `EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = records.id AND o.entity_kind = records.kind)`;

const toRecord = <T>(row: Row): LocalRecord<T> => ({ data: JSON.parse(row.data) as T, isPending: row.is_pending === 1 });

const versionOf = (item: Item): number | null => (typeof item.version === "number" ? item.version : null);

export class LocalRecords {
  constructor(
    private readonly db: SqlDatabase | SqlExecutor,
    private readonly schemas: RecordSchemas = {},
  ) {}

  /** The same records inside a transaction. */
  within(tx: SqlExecutor): LocalRecords {
    return new LocalRecords(tx, this.schemas);
  }

  /** Runs `work` in one transaction (or in the one these records are already bound to). */
  transaction<T>(work: (records: LocalRecords) => Promise<T>): Promise<T> {
    if (!("transaction" in this.db)) return work(this);
    return this.db.transaction((tx) => work(this.within(tx)));
  }

  /** A change made on the phone: shown at once; the server's copy (`base`) stays as it was. */
  async putLocal<T extends Item>(kind: RecordKind, items: T[]): Promise<void> {
    await this.insert(kind, items, "local", null);
  }

  /**
   * Copies from the server (a pull, or the answer to a write). They replace what
   * the screens show unless the outbox still holds a write on the record, and never
   * replace a newer copy with an older one.
   */
  async putServer<T extends Item>(kind: RecordKind, items: T[], syncedAt: number = Date.now()): Promise<void> {
    await this.insert(kind, items, "server", syncedAt);
  }

  /**
   * The server says the record is gone for us (deleted, archived, out of our sight).
   * A customer takes its contacts and timeline with it. Rows with a write still in
   * the outbox stay until it is settled, without a server copy to go back to.
   */
  async removeServer(kind: RecordKind, id: string): Promise<void> {
    await this.forget("kind = ? AND id = ?", [kind, id]);
    if (kind === "customers") await this.forget("kind IN ('contacts', 'timeline') AND parent_id = ?", [id]);
  }

  /**
   * The full list of a kind (optionally under one parent) as the server has it now.
   * Rows it no longer holds are dropped, except those stored after `fetchedFrom`
   * (an answer to a write that arrived while the list was loading) and pending ones.
   */
  async replaceServerCopy<T extends Item>(
    kind: RecordKind,
    items: T[],
    { parentId, fetchedFrom = Number.MAX_SAFE_INTEGER }: { parentId?: string; fetchedFrom?: number } = {},
  ): Promise<void> {
    await this.db.execAsync("CREATE TEMP TABLE IF NOT EXISTS kept_ids (id TEXT PRIMARY KEY)");
    await this.db.execAsync("DELETE FROM kept_ids");
    for (let start = 0; start < items.length; start += PUT_BATCH) {
      const batch = items.slice(start, start + PUT_BATCH);
      await this.db.runAsync(
        `INSERT OR IGNORE INTO kept_ids (id) VALUES ${batch.map(() => "(?)").join(", ")}`,
        batch.map((item) => item.id),
      );
    }
    const scope = parentId !== undefined ? "AND parent_id = ?" : "";
    await this.forget(
      `kind = ? ${scope} AND id NOT IN (SELECT id FROM kept_ids) AND (synced_at IS NULL OR synced_at < ?)`,
      parentId !== undefined ? [kind, parentId, fetchedFrom] : [kind, fetchedFrom],
    );
    await this.db.execAsync("DELETE FROM kept_ids");
    await this.putServer(kind, items);
  }

  /** Access changed as a whole: keep nothing from the server, only what the outbox still needs. */
  async dropServerCopy(): Promise<void> {
    await this.forget("1 = 1", []);
  }

  /**
   * A write on the record was given up: show the server's copy again, or drop the
   * record when the server never had it. Does nothing while other writes on it wait.
   */
  async revert(kind: RecordKind, id: string): Promise<void> {
    const row = await this.db.getFirstAsync<{ base: string | null; pending: number }>(
      `SELECT base, ${PENDING} AS pending FROM records WHERE kind = ? AND id = ?`,
      [kind, id],
    );
    if (!row || row.pending === 1) return;
    if (row.base === null) {
      await this.db.runAsync("DELETE FROM records WHERE kind = ? AND id = ?", [kind, id]);
      return;
    }
    await this.putLocal(kind, [JSON.parse(row.base) as Item]);
  }

  async get<T>(kind: RecordKind, id: string): Promise<LocalRecord<T> | null> {
    const row = await this.db.getFirstAsync<Row>(
      `SELECT data, ${PENDING} AS is_pending FROM records WHERE kind = ? AND id = ?`,
      [kind, id],
    );
    return row ? toRecord<T>(row) : null;
  }

  /** The server's copy the phone holds under its local change, with its version. */
  async serverCopy<T>(kind: RecordKind, id: string): Promise<{ data: T; version: number | null } | null> {
    const row = await this.db.getFirstAsync<{ base: string | null; base_version: number | null }>(
      "SELECT base, base_version FROM records WHERE kind = ? AND id = ?",
      [kind, id],
    );
    return row?.base ? { data: JSON.parse(row.base) as T, version: row.base_version } : null;
  }

  /** The version of the server's copy, for a write that needs If-Match. */
  async serverVersion(kind: RecordKind, id: string): Promise<number | null> {
    const row = await this.db.getFirstAsync<{ base_version: number | null }>(
      "SELECT base_version FROM records WHERE kind = ? AND id = ?",
      [kind, id],
    );
    return row?.base_version ?? null;
  }

  async list<T>(kind: RecordKind, options: ListOptions = {}): Promise<LocalRecord<T>[]> {
    const where = ["kind = ?"];
    const params: SqlValue[] = [kind];
    if (options.parentId !== undefined) {
      where.push("parent_id = ?");
      params.push(options.parentId);
    }
    if (options.sortFrom !== undefined) {
      where.push("sort_key >= ?");
      params.push(options.sortFrom);
    }
    if (options.sortTo !== undefined) {
      where.push("sort_key < ?");
      params.push(options.sortTo);
    }
    for (const word of (options.q ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
      where.push("search LIKE ? ESCAPE '\\'");
      params.push(`%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`);
    }
    const order = options.descending ? "DESC" : "ASC";
    const rows = await this.db.getAllAsync<Row>(
      `SELECT data, ${PENDING} AS is_pending FROM records WHERE ${where.join(" AND ")}
       ORDER BY sort_key ${order}, id ${order} LIMIT ?`,
      [...params, options.limit ?? -1],
    );
    return rows.map((row) => toRecord<T>(row));
  }

  async count(kind: RecordKind): Promise<number> {
    const row = await this.db.getFirstAsync<{ n: number }>("SELECT COUNT(*) AS n FROM records WHERE kind = ?", [kind]);
    return row?.n ?? 0;
  }

  async remove(kind: RecordKind, id: string): Promise<void> {
    await this.db.runAsync("DELETE FROM records WHERE kind = ? AND id = ?", [kind, id]);
  }

  async clear(): Promise<void> {
    await this.db.execAsync("DELETE FROM records; DELETE FROM outbox; DELETE FROM meta; DELETE FROM local_files;");
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

  /** Drops the rows matching `where` that wait for nothing; the pending ones lose their server copy. */
  private async forget(where: string, params: SqlValue[]): Promise<void> {
    await this.db.runAsync(`DELETE FROM records WHERE ${where} AND NOT ${PENDING}`, params);
    await this.db.runAsync(`UPDATE records SET base = NULL, base_version = NULL WHERE ${where}`, params);
  }

  private async insert<T extends Item>(
    kind: RecordKind,
    items: T[],
    from: "local" | "server",
    syncedAt: number | null,
  ): Promise<void> {
    const schema = (this.schemas[kind] ?? {}) as RecordSchema<T>;
    // Many rows per statement: a pull of hundreds of records is a handful of round trips, not hundreds.
    for (let start = 0; start < items.length; start += PUT_BATCH) {
      const batch = items.slice(start, start + PUT_BATCH);
      const params = batch.flatMap((item) => {
        const json = JSON.stringify(item);
        return [
          kind,
          item.id,
          json,
          from === "server" ? json : null,
          from === "server" ? versionOf(item) : null,
          (schema.search?.(item) ?? "").toLowerCase(),
          schema.parentId?.(item) ?? null,
          schema.sortKey?.(item) ?? "",
          syncedAt,
        ];
      });
      const values = batch.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
      const columns = "kind, id, data, base, base_version, search, parent_id, sort_key, synced_at";
      if (from === "local") {
        await this.db.runAsync(
          `INSERT INTO records (${columns}) VALUES ${values}
           ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data, search = excluded.search,
             parent_id = excluded.parent_id, sort_key = excluded.sort_key`,
          params,
        );
        continue;
      }
      const keep = (column: string) => `${column} = CASE WHEN ${PENDING} THEN records.${column} ELSE excluded.${column} END`;
      await this.db.runAsync(
        `INSERT INTO records (${columns}) VALUES ${values}
         ON CONFLICT (kind, id) DO UPDATE SET base = excluded.base, base_version = excluded.base_version,
           synced_at = excluded.synced_at, ${keep("data")}, ${keep("search")}, ${keep("parent_id")}, ${keep("sort_key")}
         WHERE records.base_version IS NULL OR excluded.base_version IS NULL
           OR excluded.base_version >= records.base_version`,
        params,
      );
    }
  }
}
