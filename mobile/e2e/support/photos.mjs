// Photos for the smoke test: the browser build's camera is its file chooser, and the
// test hands it a JPEG made for the purpose (e2e/fixtures).
import path from "node:path";
import { fileURLToPath } from "node:url";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
export const SITE_PHOTO = path.join(fixtures, "site-photo.jpg");
export const RECEIPT = path.join(fixtures, "receipt.jpg");

/** Presses a photo button and answers the file chooser the browser opens for the camera. */
export async function takePhoto(page, testId, file) {
  const chooser = page.waitForEvent("filechooser", { timeout: 15_000 });
  await page.getByTestId(testId).click();
  await (await chooser).setFiles(file);
}
