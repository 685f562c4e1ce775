/**
 * Uploads of photos and receipts through the outbox's upload lane. The queued write
 * names its file (`file_id`); the multipart body is made from the stored bytes each
 * time it is sent, with the file's client id as the form's `id`, so a retry after a
 * lost answer gets the first file back from the server, never a second one. An
 * upload waits for the write that creates its record (it names that record in its
 * scope), and a submit of that record waits for it.
 */
import type { SqlExecutor } from "../sql";
import type { OutboxItem, OutboxResponse, UploadForm, WriteRequest } from "../sync/outbox-types";
import { LocalFiles, type LocalFile, type ServerFile } from "./local-files";

export const UPLOAD_KIND = "attachments.upload";

/** The server refuses files above this (413); the phone says so before queueing. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

interface UploadBody {
  file_id: string;
}

const fileIdOf = (item: OutboxItem): string | null => {
  try {
    return item.body ? ((JSON.parse(item.body) as Partial<UploadBody>).file_id ?? null) : null;
  } catch {
    return null;
  }
};

/** The queued upload of `file` to `path`; `scopeIds` are the records it attaches to (their creates go first). */
export function uploadWrite({
  file,
  path,
  label,
  scopeIds,
}: {
  file: Pick<LocalFile, "id">;
  path: string;
  label: string;
  scopeIds: string[];
}): WriteRequest {
  return {
    lane: "upload",
    kind: UPLOAD_KIND,
    label,
    method: "POST",
    path,
    body: { file_id: file.id } satisfies UploadBody,
    entityKind: "files",
    entityId: file.id,
    scopeIds,
  };
}

/** The multipart body of a queued upload, from the bytes on the phone (null when they are gone). */
export async function loadUpload(db: SqlExecutor, item: OutboxItem): Promise<UploadForm | null> {
  const fileId = fileIdOf(item);
  const file = fileId ? await new LocalFiles(db).get(fileId) : null;
  if (!file?.base64) return null;
  return { fields: { id: file.id }, file: { name: file.name, type: file.contentType, base64: file.base64 } };
}

/** The server has the file: in the transaction that takes the upload off the queue. */
export async function uploadAnswered(tx: SqlExecutor, item: OutboxItem, response: OutboxResponse): Promise<void> {
  const fileId = fileIdOf(item);
  const body = response.body as ServerFile | null;
  if (fileId && body && typeof body.id === "string") await new LocalFiles(tx).markUploaded(fileId, body);
}

/** The person gave the upload up: the photo leaves the phone with it. */
export async function uploadDiscarded(tx: SqlExecutor, item: OutboxItem): Promise<void> {
  const fileId = fileIdOf(item);
  if (fileId) await new LocalFiles(tx).remove(fileId);
}

/** Bytes of a base64 string (without padding surprises), for the size check. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
