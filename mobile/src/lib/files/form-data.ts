/**
 * A multipart body on iOS and Android: React Native's FormData sends a file from a
 * `file://` address, so the stored bytes are written to a cache file for the request
 * and removed after it.
 */
import { File, Paths } from "expo-file-system";

import type { UploadForm } from "../sync/outbox-types";

export function toFormData(form: UploadForm): { body: FormData; done: () => void } {
  const safeName = form.file.name.replace(/[^\w.-]+/g, "_");
  const file = new File(Paths.cache, `upload-${Date.now()}-${safeName}`);
  file.write(form.file.base64, { encoding: "base64" });
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  // React Native's FormData takes { uri, name, type } for a file part.
  body.append("file", { uri: file.uri, name: form.file.name, type: form.file.type } as unknown as Blob);
  return {
    body,
    done: () => {
      try {
        file.delete();
      } catch {
        // A leftover cache file is the system's to clear.
      }
    },
  };
}
