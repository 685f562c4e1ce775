/**
 * The signed-in session: server URL and tokens, persisted, with one shared
 * refresh. Every request (screens and the outbox alike) goes through
 * `authorizedFetch`, which adds the bearer token and, on a 401, refreshes the
 * rotating refresh token once and repeats the request.
 */
import { NetworkError, toProblem, ApiError } from "../api/problem";

export interface Session {
  serverUrl: string;
  accessToken: string;
  refreshToken: string;
  email: string;
}

export interface SessionStorage {
  load(): Promise<string | null>;
  save(value: string): Promise<void>;
  clear(): Promise<void>;
}

interface TokenPair {
  access_token: string;
  refresh_token: string;
}

export type AuthState = { status: "loading" } | { status: "signed-out" } | { status: "signed-in"; session: Session; expired: boolean };

const TIMEOUT_MS = 20_000;

export function normalizeServerUrl(input: string): string {
  const trimmed = input.trim().replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  return /^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
}

/**
 * fetch with a deadline: a request that hangs on a dead network counts as no answer.
 * The caller's own signal still aborts it (a stale check replaced by a newer one).
 */
export async function fetchWithTimeout(fetcher: typeof fetch, request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const callerSignal = request.signal as AbortSignal | undefined;
  if (callerSignal?.aborted) controller.abort();
  else callerSignal?.addEventListener?.("abort", () => controller.abort(), { once: true });
  try {
    return await fetcher(new Request(request, { signal: controller.signal }));
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

export class AuthManager {
  private state: AuthState = { status: "loading" };
  private listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly storage: SessionStorage,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  async restore(): Promise<void> {
    const stored = await this.storage.load().catch(() => null);
    const session = stored ? (JSON.parse(stored) as Session) : null;
    this.set(session ? { status: "signed-in", session, expired: false } : { status: "signed-out" });
  }

  getState = (): AuthState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get session(): Session | null {
    return this.state.status === "signed-in" ? this.state.session : null;
  }

  async signIn(input: { serverUrl: string; email: string; password: string; deviceName: string }): Promise<Session> {
    const serverUrl = normalizeServerUrl(input.serverUrl);
    const response = await fetchWithTimeout(
      this.fetcher,
      new Request(`${serverUrl}/api/v1/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: input.email.trim(), password: input.password, device_name: input.deviceName }),
      }),
    );
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(toProblem(response.status, body));
    const tokens = body as TokenPair;
    const session: Session = {
      serverUrl,
      email: input.email.trim().toLowerCase(),
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
    };
    await this.persist(session);
    return session;
  }

  /** Ends the session on the server when it can; the phone forgets it either way. */
  async signOut(): Promise<void> {
    const session = this.session;
    if (session) {
      await fetchWithTimeout(
        this.fetcher,
        new Request(`${session.serverUrl}/api/v1/auth/logout`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ refresh_token: session.refreshToken }),
        }),
      ).catch(() => undefined);
    }
    await this.storage.clear();
    this.set({ status: "signed-out" });
  }

  /** Adds the bearer token; on 401 refreshes once and repeats. Throws NetworkError when no answer came. */
  authorizedFetch = async (request: Request): Promise<Response> => {
    const session = this.session;
    if (!session) throw new ApiError(toProblem(401, { code: "auth.unauthorized", title: "Not signed in" }));
    const retry = request.clone();
    const response = await this.send(request, session.accessToken);
    if (response.status !== 401) return response;
    if (!(await this.refresh(session))) return response;
    return this.send(retry, this.session!.accessToken);
  };

  private send(request: Request, token: string): Promise<Response> {
    const headers = new Headers(request.headers);
    headers.set("Authorization", `Bearer ${token}`);
    return fetchWithTimeout(this.fetcher, new Request(request, { headers }));
  }

  private refresh(used: Session): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.rotate(used).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async rotate(used: Session): Promise<boolean> {
    // Another request may have rotated the tokens while this one waited for its 401.
    if (this.session && this.session.accessToken !== used.accessToken) return true;
    const response = await fetchWithTimeout(
      this.fetcher,
      new Request(`${used.serverUrl}/api/v1/auth/refresh`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ refresh_token: used.refreshToken }),
      }),
    );
    if (!response.ok) {
      if (response.status === 401 && this.state.status === "signed-in") {
        this.set({ ...this.state, expired: true });
      }
      return false;
    }
    const tokens = (await response.json()) as TokenPair;
    await this.persist({ ...used, accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
    return true;
  }

  private async persist(session: Session): Promise<void> {
    await this.storage.save(JSON.stringify(session));
    this.set({ status: "signed-in", session, expired: false });
  }

  private set(state: AuthState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}
