/**
 * The slice of expo-sqlite's async API the app uses. Code that stores data takes
 * this interface, not expo-sqlite itself, so the jest suite runs the same SQL on
 * sql.js (SQLite compiled to WebAssembly) in Node.
 */
export type SqlValue = string | number | null;

export interface SqlRunResult {
  lastInsertRowId: number;
  changes: number;
}

/** Runs statements: the database itself, or the inside of one transaction. */
export interface SqlExecutor {
  execAsync(sql: string): Promise<void>;
  runAsync(sql: string, params: SqlValue[]): Promise<SqlRunResult>;
  getAllAsync<Row>(sql: string, params: SqlValue[]): Promise<Row[]>;
  getFirstAsync<Row>(sql: string, params: SqlValue[]): Promise<Row | null>;
}

export interface SqlDatabase extends SqlExecutor {
  /**
   * Runs `work` in one transaction: everything it wrote is stored, or nothing is.
   * `work` must use the executor it is given, never the database (that would wait
   * for the transaction to end, which waits for `work`).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/**
 * One connection, one statement or transaction at a time. expo-sqlite's own
 * `withTransactionAsync` lets other async queries slip into an open transaction,
 * and the exclusive variant does not exist on the web: queueing every call here
 * gives real isolation on every platform.
 */
export function serialized(raw: SqlExecutor): SqlDatabase {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };
  return {
    execAsync: (sql) => queue(() => raw.execAsync(sql)),
    runAsync: (sql, params) => queue(() => raw.runAsync(sql, params)),
    getAllAsync: <Row>(sql: string, params: SqlValue[]) => queue(() => raw.getAllAsync<Row>(sql, params)),
    getFirstAsync: <Row>(sql: string, params: SqlValue[]) => queue(() => raw.getFirstAsync<Row>(sql, params)),
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) =>
      queue(async () => {
        await raw.execAsync("BEGIN");
        try {
          const result = await work(raw);
          await raw.execAsync("COMMIT");
          return result;
        } catch (error) {
          await raw.execAsync("ROLLBACK");
          throw error;
        }
      }),
  };
}

/** Ordered schema steps; PRAGMA user_version records how many ran. Append only. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE outbox (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL,
     label TEXT NOT NULL,
     method TEXT NOT NULL,
     path TEXT NOT NULL,
     body TEXT,
     if_match TEXT,
     idempotency_key TEXT NOT NULL,
     entity_kind TEXT,
     entity_id TEXT,
     scope_ids TEXT NOT NULL DEFAULT '[]',
     status TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     last_error TEXT
   );
   CREATE TABLE records (
     kind TEXT NOT NULL,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     search TEXT NOT NULL DEFAULT '',
     parent_id TEXT,
     sort_key TEXT NOT NULL DEFAULT '',
     is_pending INTEGER NOT NULL DEFAULT 0,
     synced_at INTEGER,
     PRIMARY KEY (kind, id)
   );
   CREATE INDEX records_by_parent ON records (kind, parent_id);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Pending is no longer a flag that can go stale: a record is pending while the
  // outbox holds a write on it. `base` keeps the server's copy under a local change,
  // so discarding the change can put it back. Writes go in lanes (business first).
  `ALTER TABLE records ADD COLUMN base TEXT;
   ALTER TABLE records ADD COLUMN base_version INTEGER;
   UPDATE records SET base = data WHERE is_pending = 0;
   ALTER TABLE records DROP COLUMN is_pending;
   ALTER TABLE outbox ADD COLUMN lane TEXT NOT NULL DEFAULT 'business';
   ALTER TABLE outbox ADD COLUMN tries INTEGER NOT NULL DEFAULT 0;
   UPDATE outbox SET tries = attempts;
   CREATE INDEX outbox_by_entity ON outbox (entity_id, entity_kind);
   CREATE INDEX records_by_sort_key ON records (kind, sort_key);`,
  // Location pings wait here until they are moved, up to 1,000 at a time, into one
  // telemetry write of the outbox (one row per ping would make a request per ping).
  `CREATE TABLE ping_buffer (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     ping TEXT NOT NULL
   );`,
  // An edit keeps the server's copy it was made on: a pull refreshes the record's
  // own base, and a 412 must still tell which fields only the edit changed.
  `ALTER TABLE outbox ADD COLUMN base TEXT;`,
  // Photos and receipts taken on the phone: the bytes (base64) wait here, beside the
  // upload queued for them, until the server has the file; then only its description
  // (the server's answer) is kept, for showing it before the next pull.
  `CREATE TABLE local_files (
     id TEXT PRIMARY KEY,
     parent_kind TEXT NOT NULL,
     parent_id TEXT NOT NULL,
     name TEXT NOT NULL,
     content_type TEXT NOT NULL,
     content TEXT,
     width INTEGER,
     height INTEGER,
     uploaded TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX local_files_by_parent ON local_files (parent_id, created_at);`,
];

export async function migrate(db: SqlExecutor): Promise<void> {
  const row = await db.getFirstAsync<{ user_version: number }>("PRAGMA user_version", []);
  const current = row?.user_version ?? 0;
  for (let step = current; step < MIGRATIONS.length; step += 1) {
    const statements = MIGRATIONS[step]!.trim().replace(/;$/, "");
    await db.execAsync(`BEGIN; ${statements}; PRAGMA user_version = ${step + 1}; COMMIT;`);
  }
}
