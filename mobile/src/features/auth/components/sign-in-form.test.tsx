import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import { SignInForm } from "./sign-in-form";

jest.mock("expo-device", () => ({ modelName: "Pixel 8", osName: "Android", osVersion: "16" }));

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("SignInForm", () => {
  it("signs in with the device name and loads who I am", async () => {
    const requests: Request[] = [];
    const fetcher = async (request: Request) => {
      requests.push(request.clone());
      if (request.url.endsWith("/auth/login")) return json(200, { access_token: "a", refresh_token: "r", expires_in: 900 });
      if (request.url.endsWith("/users/me")) return json(200, { id: "u1", full_name: "Arun Kumar", email: "eng1@example.com" });
      return json(200, { items: [], next_cursor: null });
    };
    const { services, queryClient } = await buildServices({ fetcher: fetcher as typeof fetch, signedIn: false });
    renderWithServices(<SignInForm />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("server-url"), "http://10.0.2.2:8000");
    fireEvent.changeText(screen.getByTestId("email"), "eng1@example.com");
    fireEvent.changeText(screen.getByTestId("password"), "demo-pass-1");
    await act(async () => fireEvent.press(screen.getByTestId("sign-in")));

    await waitFor(() => expect(services.auth.getState().status).toBe("signed-in"));
    const login = requests.find((request) => request.url === "http://10.0.2.2:8000/api/v1/auth/login")!;
    expect(await login.json()).toEqual({ email: "eng1@example.com", password: "demo-pass-1", device_name: "Pixel 8 (Android 16)" });
    await waitFor(async () => expect(await services.records.getMeta("me")).toContain("Arun Kumar"));
  });

  it("shows the server's answer when sign-in is refused", async () => {
    const fetcher = async () => json(401, { code: "auth.invalid_credentials", title: "Wrong email or password", status: 401 });
    const { services, queryClient } = await buildServices({ fetcher: fetcher as unknown as typeof fetch, signedIn: false });
    renderWithServices(<SignInForm />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("email"), "eng1@example.com");
    fireEvent.changeText(screen.getByTestId("password"), "wrong");
    await act(async () => fireEvent.press(screen.getByTestId("sign-in")));

    expect(await screen.findByText("Wrong email or password")).toBeTruthy();
    expect(services.auth.getState().status).toBe("signed-out");
  });

  it("says when the server cannot be reached", async () => {
    const fetcher = async () => {
      throw new TypeError("Network request failed");
    };
    const { services, queryClient } = await buildServices({ fetcher: fetcher as unknown as typeof fetch, signedIn: false });
    renderWithServices(<SignInForm />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("email"), "eng1@example.com");
    fireEvent.changeText(screen.getByTestId("password"), "pw");
    await act(async () => fireEvent.press(screen.getByTestId("sign-in")));

    expect(await screen.findByText(/Cannot reach http:\/\/127.0.0.1:8000/)).toBeTruthy();
  });

  it("won't drop the last person's unsent writes without asking", async () => {
    const fetcher = async (request: Request) =>
      request.url.endsWith("/auth/login")
        ? json(200, { access_token: "a", refresh_token: "r", expires_in: 900 })
        : json(200, { id: "u2", full_name: "Priya", email: "eng2@example.com", items: [] });
    const { services, server, queryClient } = await buildServices({ fetcher: fetcher as typeof fetch, signedIn: false });
    await services.records.setMeta("signed_in_email", "eng1@example.com");
    server.network = "offline";
    await services.outbox.enqueue({ kind: "leads.create", label: "New lead", method: "POST", path: "/api/v1/leads", body: {} });
    renderWithServices(<SignInForm />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("email"), "eng2@example.com");
    fireEvent.changeText(screen.getByTestId("password"), "demo-pass-1");
    await act(async () => fireEvent.press(screen.getByTestId("sign-in")));

    expect(await screen.findByText("1 change(s) by eng1@example.com have not reached the server yet.")).toBeTruthy();
    expect(services.auth.getState().status).toBe("signed-out");

    await act(async () => fireEvent.press(screen.getByText("Discard them and sign in")));
    await waitFor(() => expect(services.auth.getState().status).toBe("signed-in"));
    expect(services.outbox.getSnapshot()).toEqual([]);
  });
});
