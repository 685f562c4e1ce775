import { fetchWithTimeout, type AuthManager } from "../auth/auth-manager";
import { toFormData } from "../files/form-data";
import type { Transport } from "./outbox-types";

/** The outbox's way to the server: the signed-in session's fetch, JSON in and out (multipart for uploads). */
export function createTransport(auth: AuthManager): Transport {
  return async (request) => {
    const serverUrl = auth.session?.serverUrl ?? "";
    const multipart = request.form ? toFormData(request.form) : null;
    let response: Response;
    try {
      response = await auth.authorizedFetch(
        new Request(`${serverUrl}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: multipart?.body ?? request.body ?? undefined,
        }),
      );
    } finally {
      multipart?.done();
    }
    const text = await response.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = { title: text.slice(0, 200) };
      }
    }
    return { status: response.status, headers: response.headers, body };
  };
}

/** Whether the server answers at all: any HTTP answer from /health counts. */
export function createReachability(auth: AuthManager, fetcher: typeof fetch = (...args) => fetch(...args)) {
  return async (): Promise<boolean> => {
    const serverUrl = auth.session?.serverUrl;
    if (!serverUrl) return false;
    try {
      await fetchWithTimeout(fetcher, new Request(`${serverUrl}/health`));
      return true;
    } catch {
      return false;
    }
  };
}
