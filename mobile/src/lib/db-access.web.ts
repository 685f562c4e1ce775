/**
 * In a browser expo-sqlite keeps the database in the origin private file system
 * (OPFS), through files it holds open with exclusive "sync access handles". A page
 * that is reloaded or navigated starts its database worker while the old page's
 * worker may still hold those handles; expo-sqlite's worker then fails its one
 * start-up and stays broken for the page's life (every query answers "Invalid VFS
 * state"), and the app would wait on a spinner for ever.
 *
 * So before the app touches expo-sqlite, a throwaway worker of ours tries to take
 * (and at once gives back) every handle of expo-sqlite's directory: while another
 * worker holds one, we wait and try again. A page still closing lets go within
 * moments; a second tab of the app holds them for as long as it is open, so after
 * `timeoutMs` the app says so instead of waiting.
 */

/** expo-sqlite's OPFS directory (its AccessHandlePoolVFS is named after it). */
const DIRECTORY = "expo-sqlite";

const PROBE_SOURCE = `
self.onmessage = async () => {
  const handles = [];
  try {
    const root = await navigator.storage.getDirectory();
    let directory;
    try {
      directory = await root.getDirectoryHandle(${JSON.stringify(DIRECTORY)});
    } catch {
      self.postMessage("free");
      return;
    }
    for await (const [, entry] of directory.entries()) {
      if (entry.kind === "file") handles.push(await entry.createSyncAccessHandle());
    }
    self.postMessage("free");
  } catch (error) {
    self.postMessage(error && error.name === "NoModificationAllowedError" ? "busy" : "unknown");
  } finally {
    for (const handle of handles) handle.close();
  }
};
`;

type ProbeAnswer = "free" | "busy" | "unknown";

const DATABASE_BUSY_MESSAGE =
  "The app is open in another tab or window, which holds its data. Close it, then try again.";

export async function waitForDatabaseAccess({ timeoutMs = 15_000, pauseMs = 150 } = {}): Promise<void> {
  if (typeof Worker === "undefined" || typeof navigator === "undefined" || !navigator.storage?.getDirectory) return;
  const url = URL.createObjectURL(new Blob([PROBE_SOURCE], { type: "text/javascript" }));
  const probe = new Worker(url);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await ask(probe);
      // "unknown": this browser's OPFS failed some other way; expo-sqlite will say how.
      if (answer !== "busy") return;
      if (Date.now() >= deadline) throw new Error(DATABASE_BUSY_MESSAGE);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  } finally {
    probe.terminate();
    URL.revokeObjectURL(url);
  }
}

function ask(probe: Worker): Promise<ProbeAnswer> {
  return new Promise((resolve) => {
    probe.onmessage = (event: MessageEvent<ProbeAnswer>) => resolve(event.data);
    probe.onerror = () => resolve("unknown");
    probe.postMessage("probe");
  });
}
