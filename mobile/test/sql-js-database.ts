/**
 * SqlDatabase on sql.js: real SQLite (compiled to JavaScript) inside jest, so the
 * app's SQL runs in tests exactly as written, behind the same one-at-a-time queue
 * as on the phone. `bytes()`/reopen stands in for an app restart: the bytes are
 * what would be on the phone's disk.
 */
import { serialized, type SqlDatabase, type SqlExecutor, type SqlRunResult, type SqlValue } from "@/lib/sql";

const initSqlJs = require("sql.js/dist/sql-wasm-inline.js") as typeof import("sql.js").default;
// Compiling SQLite's WebAssembly starts when a test file loads, not inside its first test.
const sqlJs = initSqlJs();

type RawDatabase = import("sql.js").Database;

class RawExecutor implements SqlExecutor {
  constructor(readonly raw: RawDatabase) {}

  async execAsync(sql: string): Promise<void> {
    this.raw.exec(sql);
  }

  async runAsync(sql: string, params: SqlValue[]): Promise<SqlRunResult> {
    this.raw.run(sql, params);
    const changes = this.raw.getRowsModified();
    const row = this.raw.exec("SELECT last_insert_rowid() AS id")[0];
    return { changes, lastInsertRowId: Number(row?.values[0]?.[0] ?? 0) };
  }

  async getAllAsync<Row>(sql: string, params: SqlValue[]): Promise<Row[]> {
    const statement = this.raw.prepare(sql, params);
    const rows: Row[] = [];
    try {
      while (statement.step()) rows.push(statement.getAsObject() as Row);
    } finally {
      statement.free();
    }
    return rows;
  }

  async getFirstAsync<Row>(sql: string, params: SqlValue[]): Promise<Row | null> {
    const rows = await this.getAllAsync<Row>(sql, params);
    return rows[0] ?? null;
  }
}

export class SqlJsDatabase implements SqlDatabase {
  private readonly queued: SqlDatabase;

  private constructor(private readonly executor: RawExecutor) {
    this.queued = serialized(executor);
  }

  static async open(bytes?: Uint8Array): Promise<SqlJsDatabase> {
    const SQL = await sqlJs;
    return new SqlJsDatabase(new RawExecutor(new SQL.Database(bytes)));
  }

  /** The database file's bytes, to reopen as if the app started again. */
  bytes(): Uint8Array {
    return this.executor.raw.export();
  }

  execAsync = (sql: string) => this.queued.execAsync(sql);
  runAsync = (sql: string, params: SqlValue[]) => this.queued.runAsync(sql, params);
  getAllAsync = <Row>(sql: string, params: SqlValue[]) => this.queued.getAllAsync<Row>(sql, params);
  getFirstAsync = <Row>(sql: string, params: SqlValue[]) => this.queued.getFirstAsync<Row>(sql, params);
  transaction = <T>(work: (tx: SqlExecutor) => Promise<T>) => this.queued.transaction(work);
}
