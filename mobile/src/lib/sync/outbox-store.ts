import type { SqlDatabase, SqlExecutor } from "../sql";
import type {
  NewOutboxItem,
  OutboxChanges,
  OutboxError,
  OutboxItem,
  OutboxLane,
  OutboxStore,
  OutboxTransaction,
} from "./outbox-types";

interface OutboxRow {
  seq: number;
  id: string;
  lane: string;
  kind: string;
  label: string;
  method: string;
  path: string;
  body: string | null;
  if_match: string | null;
  base: string | null;
  idempotency_key: string;
  entity_kind: string | null;
  entity_id: string | null;
  scope_ids: string;
  status: string;
  attempts: number;
  tries: number;
  next_attempt_at: number;
  created_at: number;
  last_error: string | null;
}

const COLUMNS: Record<keyof OutboxChanges, string> = {
  body: "body",
  ifMatch: "if_match",
  base: "base",
  idempotencyKey: "idempotency_key",
  status: "status",
  attempts: "attempts",
  tries: "tries",
  nextAttemptAt: "next_attempt_at",
  lastError: "last_error",
};

const LANE_BY_NAME: Record<string, OutboxLane> = { business: "business", telemetry: "telemetry", upload: "upload" };

function fromRow(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    seq: row.seq,
    lane: LANE_BY_NAME[row.lane] ?? "business",
    kind: row.kind,
    label: row.label,
    method: row.method as OutboxItem["method"],
    path: row.path,
    body: row.body,
    ifMatch: row.if_match,
    base: row.base,
    idempotencyKey: row.idempotency_key,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    scopeIds: JSON.parse(row.scope_ids) as string[],
    status: row.status === "failed" ? "failed" : "pending",
    attempts: row.attempts,
    tries: row.tries,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    lastError: row.last_error ? (JSON.parse(row.last_error) as OutboxError) : null,
  };
}

/** The queue's statements on one executor: the database, or an open transaction. */
class OutboxTable implements OutboxTransaction {
  constructor(readonly sql: SqlExecutor) {}

  async insert(item: NewOutboxItem): Promise<OutboxItem> {
    const result = await this.sql.runAsync(
      `INSERT INTO outbox (id, lane, kind, label, method, path, body, if_match, base, idempotency_key,
         entity_kind, entity_id, scope_ids, status, attempts, tries, next_attempt_at, created_at, last_error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        item.id,
        item.lane,
        item.kind,
        item.label,
        item.method,
        item.path,
        item.body,
        item.ifMatch,
        item.base,
        item.idempotencyKey,
        item.entityKind,
        item.entityId,
        JSON.stringify(item.scopeIds),
        item.status,
        item.attempts,
        item.tries,
        item.nextAttemptAt,
        item.createdAt,
        item.lastError ? JSON.stringify(item.lastError) : null,
      ],
    );
    return { ...item, seq: result.lastInsertRowId };
  }

  async all(): Promise<OutboxItem[]> {
    const rows = await this.sql.getAllAsync<OutboxRow>("SELECT * FROM outbox ORDER BY seq", []);
    return rows.map(fromRow);
  }

  async update(id: string, changes: OutboxChanges): Promise<void> {
    const keys = Object.keys(changes) as (keyof OutboxChanges)[];
    if (keys.length === 0) return;
    const assignments = keys.map((key) => `${COLUMNS[key]} = ?`).join(", ");
    const values = keys.map((key) => {
      const value = changes[key];
      if (key === "lastError") return value ? JSON.stringify(value) : null;
      return (value ?? null) as string | number | null;
    });
    await this.sql.runAsync(`UPDATE outbox SET ${assignments} WHERE id = ?`, [...values, id]);
  }

  async remove(id: string): Promise<void> {
    await this.sql.runAsync("DELETE FROM outbox WHERE id = ?", [id]);
  }
}

/** The queue in the app's SQLite database: it outlives the app being killed. */
export class SqlOutboxStore implements OutboxStore {
  private readonly table: OutboxTable;

  constructor(private readonly db: SqlDatabase) {
    this.table = new OutboxTable(db);
  }

  all(): Promise<OutboxItem[]> {
    return this.table.all();
  }

  update(id: string, changes: OutboxChanges): Promise<void> {
    return this.table.update(id, changes);
  }

  transaction<T>(work: (tx: OutboxTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((sql) => work(new OutboxTable(sql)));
  }
}
