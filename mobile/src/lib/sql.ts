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

export interface SqlDatabase {
  execAsync(sql: string): Promise<void>;
  runAsync(sql: string, params: SqlValue[]): Promise<SqlRunResult>;
  getAllAsync<Row>(sql: string, params: SqlValue[]): Promise<Row[]>;
  getFirstAsync<Row>(sql: string, params: SqlValue[]): Promise<Row | null>;
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
];

export async function migrate(db: SqlDatabase): Promise<void> {
  const row = await db.getFirstAsync<{ user_version: number }>("PRAGMA user_version", []);
  const current = row?.user_version ?? 0;
  for (let step = current; step < MIGRATIONS.length; step += 1) {
    const statements = MIGRATIONS[step]!.trim().replace(/;$/, "");
    await db.execAsync(`BEGIN; ${statements}; PRAGMA user_version = ${step + 1}; COMMIT;`);
  }
}
