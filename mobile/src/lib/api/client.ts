/**
 * The one typed API client (openapi-fetch over the generated schema). It sends
 * through the session's `authorizedFetch` (bearer token, refresh on 401) and turns
 * every error answer into an `ApiError` carrying the problem's code and field errors.
 */
import createClient, { type Client } from "openapi-fetch";

import type { AuthManager } from "../auth/auth-manager";
import { ApiError, toProblem } from "./problem";
import type { paths } from "./schema.gen";

// Typed by the `application/json` answers (the app never asks `?fields=`, whose partial
// answers have a media type of their own).
export type ApiClient = Client<paths, "application/json">;

/** A client bound to the signed-in server; rebuilt when the server URL changes. */
export function createApiClient(auth: AuthManager): () => ApiClient {
  let cached: { serverUrl: string; client: ApiClient } | null = null;
  return () => {
    const serverUrl = auth.session?.serverUrl ?? "";
    if (!cached || cached.serverUrl !== serverUrl) {
      cached = {
        serverUrl,
        client: createClient<paths, "application/json">({ baseUrl: serverUrl, fetch: (request: Request) => auth.authorizedFetch(request) }),
      };
    }
    return cached.client;
  };
}

/** Unwraps an openapi-fetch result: the data, or the problem thrown as an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(toProblem(result.response.status, result.error));
  }
  return result.data as T;
}
