import { memorySessionStorage, signedInSession } from "../../../test/services";
import { ApiError } from "../api/problem";
import { AuthManager, fetchWithTimeout, normalizeServerUrl } from "./auth-manager";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("AuthManager", () => {
  it("signs in with the device name and keeps the session", async () => {
    const fetcher = jest.fn(async (_request: Request) => json(200, { access_token: "a", refresh_token: "r", expires_in: 900 }));
    const storage = memorySessionStorage(null);
    const auth = new AuthManager(storage, fetcher as unknown as typeof fetch);
    await auth.restore();

    await auth.signIn({ serverUrl: "127.0.0.1:8000/", email: " Eng1@example.com ", password: "pw", deviceName: "Pixel 8" });

    const request = fetcher.mock.calls[0]![0];
    expect(request.url).toBe("http://127.0.0.1:8000/api/v1/auth/login");
    expect(await request.json()).toEqual({ email: "Eng1@example.com", password: "pw", device_name: "Pixel 8" });
    expect(auth.getState()).toEqual(expect.objectContaining({ status: "signed-in" }));
    expect(JSON.parse((await storage.load())!)).toEqual(expect.objectContaining({ accessToken: "a", refreshToken: "r" }));
  });

  it("shows the server's problem when the password is wrong", async () => {
    const fetcher = async () => json(401, { code: "auth.invalid_credentials", title: "Wrong email or password", status: 401 });
    const auth = new AuthManager(memorySessionStorage(null), fetcher as unknown as typeof fetch);
    await auth.restore();

    await expect(auth.signIn({ serverUrl: "http://x", email: "e", password: "p", deviceName: "d" })).rejects.toEqual(
      expect.objectContaining({ problem: expect.objectContaining({ title: "Wrong email or password" }) }),
    );
    expect(auth.getState().status).toBe("signed-out");
  });

  it("refreshes once on 401 for concurrent requests, rotates the tokens and repeats them", async () => {
    let refreshes = 0;
    const fetcher = jest.fn(async (request: Request) => {
      if (request.url.endsWith("/auth/refresh")) {
        refreshes += 1;
        return json(200, { access_token: "access-2", refresh_token: "refresh-2", expires_in: 900 });
      }
      const token = request.headers.get("Authorization");
      return token === "Bearer access-2" ? json(200, { ok: true }) : json(401, { code: "auth.unauthorized" });
    });
    const auth = new AuthManager(memorySessionStorage(signedInSession), fetcher as unknown as typeof fetch);
    await auth.restore();

    const answers = await Promise.all([
      auth.authorizedFetch(new Request(`${signedInSession.serverUrl}/api/v1/users/me`)),
      auth.authorizedFetch(new Request(`${signedInSession.serverUrl}/api/v1/leads`, { method: "POST", body: "{}" })),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(refreshes).toBe(1);
    expect(auth.session).toEqual(expect.objectContaining({ accessToken: "access-2", refreshToken: "refresh-2" }));
  });

  it("marks the session expired when the refresh token is refused, keeping it for a new sign-in", async () => {
    const fetcher = async () => json(401, { code: "auth.unauthorized" });
    const auth = new AuthManager(memorySessionStorage(signedInSession), fetcher as unknown as typeof fetch);
    await auth.restore();

    const answer = await auth.authorizedFetch(new Request(`${signedInSession.serverUrl}/api/v1/users/me`));

    expect(answer.status).toBe(401);
    expect(auth.getState()).toEqual(expect.objectContaining({ status: "signed-in", expired: true }));
  });

  it("refuses to send anything when signed out", async () => {
    const auth = new AuthManager(memorySessionStorage(null), jest.fn() as unknown as typeof fetch);
    await auth.restore();
    await expect(auth.authorizedFetch(new Request("http://x/api/v1/leads"))).rejects.toBeInstanceOf(ApiError);
  });

  it("lets the caller's signal abort a request, deadline or not", async () => {
    let received: Request | undefined;
    const fetcher = ((request: Request) => {
      received = request;
      return new Promise<Response>(() => undefined);
    }) as unknown as typeof fetch;
    const caller = new AbortController();
    void fetchWithTimeout(fetcher, new Request("http://x/api/v1/leads/duplicates", { signal: caller.signal })).catch(
      () => undefined,
    );
    expect(received?.signal.aborted).toBe(false);
    caller.abort();
    expect(received?.signal.aborted).toBe(true);
  });

  it("accepts a server URL typed by hand", () => {
    expect(normalizeServerUrl(" 192.168.1.20:8000/api/v1/ ")).toBe("http://192.168.1.20:8000");
    expect(normalizeServerUrl("https://sales.example.com")).toBe("https://sales.example.com");
  });
});
