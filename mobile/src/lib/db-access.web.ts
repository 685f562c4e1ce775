/**
 * In a browser expo-sqlite keeps the database in the origin private file system
 * (OPFS), through files it holds open with exclusive "sync access handles". Two
 * pages must never start their database workers together: the one that finds a
 * file taken fails its one start-up and stays broken for the page's life (every
 * query answers "Invalid VFS state"), and the app would wait on a spinner for ever.
 *
 * So a page takes the database's Web Lock (`LOCK_NAME`, one per origin) before it
 * touches expo-sqlite, and holds it for as long as it lives: a second tab waits for
 * it, and after `timeoutMs` says the app is open elsewhere. The browser lets go of a
 * closed page's lock at once, but that page's database worker may still hold the
 * files a moment longer (a reload, a navigation); so the lock's holder then asks a
 * throwaway worker of ours to take (and at once give back) every file of
 * expo-sqlite's directory, and waits while another worker still holds one. Only
 * the holder asks, so the question never gets in the way of another page's start.
 */

export const LOCK_NAME = "sales-field-database";

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

/** The least time left to wait for a closing page's worker once the lock is ours. */
const CLOSING_WORKER_MS = 5_000;

export async function waitForDatabaseAccess({ timeoutMs = 15_000, pauseMs = 150 } = {}): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.storage?.getDirectory) return;
  const deadline = Date.now() + timeoutMs;
  if (navigator.locks) await holdLock(timeoutMs);
  await waitForFreeFiles(Math.max(deadline, Date.now() + CLOSING_WORKER_MS), pauseMs);
}

/** Takes the database's lock and keeps it until the page goes (the request never ends). */
function holdLock(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(LOCK_NAME, { signal: AbortSignal.timeout(timeoutMs) }, () => {
        resolve();
        return new Promise<never>(() => undefined);
      })
      .catch((error: unknown) => {
        const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
        reject(timedOut ? new Error(DATABASE_BUSY_MESSAGE) : error);
      });
  });
}

async function waitForFreeFiles(deadline: number, pauseMs: number): Promise<void> {
  let url: string | null = null;
  let probe: Worker | null = null;
  try {
    url = URL.createObjectURL(new Blob([PROBE_SOURCE], { type: "text/javascript" }));
    probe = new Worker(url);
  } catch {
    // No worker of ours here (a site policy, an old browser): expo-sqlite will say what fails.
    if (url) URL.revokeObjectURL(url);
    return;
  }
  try {
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
