import type { AuthManager } from "../auth/auth-manager";
import type { Transport } from "./outbox-types";

/** The outbox's way to the server: the signed-in session's fetch, JSON in and out. */
export function createTransport(auth: AuthManager): Transport {
  return async (request) => {
    const serverUrl = auth.session?.serverUrl ?? "";
    const response = await auth.authorizedFetch(
      new Request(`${serverUrl}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? undefined,
      }),
    );
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
