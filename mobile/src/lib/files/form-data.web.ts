/** A multipart body in the browser: the stored bytes as a Blob. */
import type { UploadForm } from "../sync/outbox-types";

export function toFormData(form: UploadForm): { body: FormData; done: () => void } {
  const binary = atob(form.file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append("file", new Blob([bytes], { type: form.file.type }), form.file.name);
  return { body, done: () => undefined };
}
