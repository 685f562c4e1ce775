import type { SqlDatabase } from "../sql";
import type { NewOutboxItem, OutboxChanges, OutboxError, OutboxItem, OutboxStore } from "./outbox-types";

/** The queue in memory: for tests, and for nothing else. */
export class MemoryOutboxStore implements OutboxStore {
  private items: OutboxItem[] = [];
  private lastSeq = 0;

  async insert(item: NewOutboxItem): Promise<OutboxItem> {
    this.lastSeq += 1;
    const stored = { ...item, seq: this.lastSeq };
    this.items.push(stored);
    return { ...stored };
  }

  async all(): Promise<OutboxItem[]> {
    return this.items.map((item) => ({ ...item, scopeIds: [...item.scopeIds] }));
  }

  async update(id: string, changes: OutboxChanges): Promise<void> {
    this.items = this.items.map((item) => (item.id === id ? { ...item, ...changes } : item));
  }

  async remove(id: string): Promise<void> {
    this.items = this.items.filter((item) => item.id !== id);
  }
}

interface OutboxRow {
  seq: number;
  id: string;
  kind: string;
  label: string;
  method: string;
  path: string;
  body: string | null;
  if_match: string | null;
  idempotency_key: string;
  entity_kind: string | null;
  entity_id: string | null;
  scope_ids: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  last_error: string | null;
}

const COLUMNS: Record<keyof OutboxChanges, string> = {
  body: "body",
  ifMatch: "if_match",
  idempotencyKey: "idempotency_key",
  status: "status",
  attempts: "attempts",
  nextAttemptAt: "next_attempt_at",
  lastError: "last_error",
};

function fromRow(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    label: row.label,
    method: row.method as OutboxItem["method"],
    path: row.path,
    body: row.body,
    ifMatch: row.if_match,
    idempotencyKey: row.idempotency_key,
    entityKind: row.entity_kind,
    entityId: row.entity_id,
    scopeIds: JSON.parse(row.scope_ids) as string[],
    status: row.status === "failed" ? "failed" : "pending",
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
    lastError: row.last_error ? (JSON.parse(row.last_error) as OutboxError) : null,
  };
}

/** The queue in the app's SQLite database: it outlives the app being killed. */
export class SqlOutboxStore implements OutboxStore {
  constructor(private readonly db: SqlDatabase) {}

  async insert(item: NewOutboxItem): Promise<OutboxItem> {
    const result = await this.db.runAsync(
      `INSERT INTO outbox (id, kind, label, method, path, body, if_match, idempotency_key,
         entity_kind, entity_id, scope_ids, status, attempts, next_attempt_at, created_at, last_error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        item.id,
        item.kind,
        item.label,
        item.method,
        item.path,
        item.body,
        item.ifMatch,
        item.idempotencyKey,
        item.entityKind,
        item.entityId,
        JSON.stringify(item.scopeIds),
        item.status,
        item.attempts,
        item.nextAttemptAt,
        item.createdAt,
        item.lastError ? JSON.stringify(item.lastError) : null,
      ],
    );
    return { ...item, seq: result.lastInsertRowId };
  }

  async all(): Promise<OutboxItem[]> {
    const rows = await this.db.getAllAsync<OutboxRow>("SELECT * FROM outbox ORDER BY seq", []);
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
    await this.db.runAsync(`UPDATE outbox SET ${assignments} WHERE id = ?`, [...values, id]);
  }

  async remove(id: string): Promise<void> {
    await this.db.runAsync("DELETE FROM outbox WHERE id = ?", [id]);
  }
}
