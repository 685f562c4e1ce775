/**
 * Photos and receipts taken on the phone, kept in its database until the server has
 * them. A file is stored in the same transaction as the upload queued for it (the
 * outbox names it by id), so neither is ever kept without the other; once the upload
 * is answered, the bytes are dropped and the server's description of the file is
 * kept, so the screen shows it as sent until a pull brings its record with it.
 */
import type { components } from "../api/schema.gen";
import type { SqlExecutor } from "../sql";

export type ServerFile = components["schemas"]["FileRead"];

export interface LocalFile {
  id: string;
  /** The record it belongs to: its kind (e.g. "visit_reports") and id. */
  parentKind: string;
  parentId: string;
  name: string;
  contentType: string;
  /** The bytes as base64 while the upload waits; null once the server has them. */
  base64: string | null;
  width: number | null;
  height: number | null;
  /** The server's answer to the upload. */
  uploaded: ServerFile | null;
  createdAt: string;
}

interface Row {
  id: string;
  parent_kind: string;
  parent_id: string;
  name: string;
  content_type: string;
  content: string | null;
  width: number | null;
  height: number | null;
  uploaded: string | null;
  created_at: string;
}

const fromRow = (row: Row): LocalFile => ({
  id: row.id,
  parentKind: row.parent_kind,
  parentId: row.parent_id,
  name: row.name,
  contentType: row.content_type,
  base64: row.content,
  width: row.width,
  height: row.height,
  uploaded: row.uploaded ? (JSON.parse(row.uploaded) as ServerFile) : null,
  createdAt: row.created_at,
});

export class LocalFiles {
  constructor(private readonly db: SqlExecutor) {}

  async add(file: Omit<LocalFile, "uploaded">): Promise<void> {
    await this.db.runAsync(
      `INSERT INTO local_files (id, parent_kind, parent_id, name, content_type, content, width, height, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [file.id, file.parentKind, file.parentId, file.name, file.contentType, file.base64, file.width, file.height, file.createdAt],
    );
  }

  async get(id: string): Promise<LocalFile | null> {
    const row = await this.db.getFirstAsync<Row>("SELECT * FROM local_files WHERE id = ?", [id]);
    return row ? fromRow(row) : null;
  }

  /** The files taken for these records, oldest first. */
  async listFor(parentIds: string[]): Promise<LocalFile[]> {
    if (parentIds.length === 0) return [];
    const rows = await this.db.getAllAsync<Row>(
      `SELECT * FROM local_files WHERE parent_id IN (${parentIds.map(() => "?").join(", ")}) ORDER BY created_at, id`,
      parentIds,
    );
    return rows.map(fromRow);
  }

  /** The server has the file: its bytes leave the phone, its description stays. */
  async markUploaded(id: string, server: ServerFile): Promise<void> {
    await this.db.runAsync("UPDATE local_files SET content = NULL, uploaded = ? WHERE id = ?", [JSON.stringify(server), id]);
  }

  async remove(id: string): Promise<void> {
    await this.db.runAsync("DELETE FROM local_files WHERE id = ?", [id]);
  }
}
