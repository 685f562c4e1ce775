/** What screens call for the photos and receipts of a record: list them, add one, show one. */
import { useQuery } from "@tanstack/react-query";

import type { OutboxItem } from "../sync/outbox-types";
import { useServices } from "../sync/sync-provider";
import { LocalFiles, type LocalFile, type ServerFile } from "./local-files";
import type { PickedPhoto } from "./pick-photo";
import { uploadWrite } from "./uploads";

/** A file as a screen shows it: from the phone until the server has it, then the server's. */
export interface ShownFile {
  id: string;
  name: string;
  contentType: string;
  /** A data URI of the bytes still on the phone. */
  localUri: string | null;
  /** The server's thumbnail (an API path), once uploaded. */
  thumbnailPath: string | null;
  /** The server's bytes (an API path), once uploaded. */
  contentPath: string | null;
}

const fromServer = (file: ServerFile): ShownFile => ({
  id: file.id,
  name: file.filename ?? "file",
  contentType: file.content_type,
  localUri: null,
  thumbnailPath: file.thumbnail_url,
  contentPath: file.url,
});

const fromPhone = (file: LocalFile): ShownFile =>
  file.uploaded
    ? fromServer(file.uploaded)
    : {
        id: file.id,
        name: file.name,
        contentType: file.contentType,
        localUri: file.base64 ? `data:${file.contentType};base64,${file.base64}` : null,
        thumbnailPath: null,
        contentPath: null,
      };

/**
 * The record's files as the server lists them, then those taken on the phone that
 * its copy does not list yet (waiting to be sent, or sent since the last pull).
 */
export function mergeFiles(server: readonly ServerFile[], local: readonly LocalFile[]): ShownFile[] {
  const listed = new Set(server.map((file) => file.id));
  return [...server.map(fromServer), ...local.filter((file) => !listed.has(file.id)).map(fromPhone)];
}

/** The files taken on the phone for these records, by record id. */
export function useLocalFiles(parentIds: string[]) {
  const { db } = useServices();
  const key = [...parentIds].sort();
  return useQuery({
    queryKey: ["local_files", key],
    queryFn: async () => {
      const byParent = new Map<string, LocalFile[]>();
      for (const file of await new LocalFiles(db).listFor(key)) {
        byParent.set(file.parentId, [...(byParent.get(file.parentId) ?? []), file]);
      }
      return byParent;
    },
  });
}

export interface AttachTarget {
  /** The record's kind and id on the phone. */
  parentKind: string;
  parentId: string;
  /** The upload route, e.g. /api/v1/visits/{id}/report/photos. */
  path: string;
  label: string;
  /** The records whose creates must reach the server first (the record itself, its report). */
  scopeIds: string[];
}

/** Stores a photo with its upload queued, in one transaction: shown at once, sent when the network allows. */
export function useAttachPhoto() {
  const services = useServices();
  return async (target: AttachTarget, photo: PickedPhoto, id: string, now: Date = new Date()): Promise<OutboxItem> => {
    const file: Omit<LocalFile, "uploaded"> = {
      id,
      parentKind: target.parentKind,
      parentId: target.parentId,
      name: photo.name,
      contentType: photo.contentType,
      base64: photo.base64,
      width: photo.width,
      height: photo.height,
      createdAt: now.toISOString(),
    };
    return services.capture({
      local: (tx) => new LocalFiles(tx).add(file),
      write: uploadWrite({ file, path: target.path, label: target.label, scopeIds: target.scopeIds }),
    });
  };
}

const readAsDataUri = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the image"));
    reader.readAsDataURL(blob);
  });

/**
 * A file's bytes never change (a new photo is a new file), so each image is fetched
 * once per app run: refreshing the screens after a sync does not fetch it again.
 */
const fetchedImages = new Map<string, string>();

/** An image the API serves only with the person's token, as a data URI (null until it arrives, or offline). */
export function useServerImage(path: string | null) {
  const { auth } = useServices();
  return useQuery({
    queryKey: ["server-image", path],
    enabled: path !== null,
    staleTime: Infinity,
    retry: false,
    queryFn: async (): Promise<string | null> => {
      const serverUrl = auth.session?.serverUrl ?? "";
      const key = `${serverUrl}${path}`;
      const known = fetchedImages.get(key);
      if (known) return known;
      const response = await auth.authorizedFetch(new Request(key));
      if (!response.ok) return null;
      const uri = await readAsDataUri(await response.blob());
      fetchedImages.set(key, uri);
      return uri;
    },
  });
}
