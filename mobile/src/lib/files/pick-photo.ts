/**
 * A photo from the camera, or from the phone's pictures when the camera cannot be
 * used (no permission, no camera: a browser without one opens its file chooser).
 * JPEG at a quality that keeps a receipt readable and an upload small; the bytes come
 * back as base64 to be stored beside the upload queued for them.
 */
import * as ImagePicker from "expo-image-picker";

import { base64Bytes, MAX_UPLOAD_BYTES } from "./uploads";

export interface PickedPhoto {
  name: string;
  contentType: string;
  base64: string;
  width: number | null;
  height: number | null;
}

export type PhotoSource = "camera" | "library";

export class PhotoTooLargeError extends Error {
  constructor() {
    super("This photo is larger than 10 MB: take it again at a lower resolution.");
  }
}

const OPTIONS: ImagePicker.ImagePickerOptions = { mediaTypes: ["images"], quality: 0.6, base64: true, exif: false };

async function launch(source: PhotoSource): Promise<ImagePicker.ImagePickerResult> {
  if (source === "camera") {
    const permission = await ImagePicker.requestCameraPermissionsAsync().catch(() => null);
    if (permission?.granted) {
      try {
        return await ImagePicker.launchCameraAsync(OPTIONS);
      } catch {
        // No camera on this device (a simulator, a desktop browser): the pictures instead.
      }
    }
  }
  return ImagePicker.launchImageLibraryAsync(OPTIONS);
}

/** Null when the person cancelled. */
export async function pickPhoto(source: PhotoSource, now: Date = new Date()): Promise<PickedPhoto | null> {
  const result = await launch(source);
  const asset = result.canceled ? null : result.assets?.[0];
  if (!asset?.base64) return null;
  if (base64Bytes(asset.base64) > MAX_UPLOAD_BYTES) throw new PhotoTooLargeError();
  const contentType = asset.mimeType ?? "image/jpeg";
  const extension = contentType === "image/png" ? "png" : contentType === "image/webp" ? "webp" : "jpg";
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return {
    name: asset.fileName ?? `photo-${stamp}.${extension}`,
    contentType,
    base64: asset.base64,
    width: asset.width || null,
    height: asset.height || null,
  };
}
