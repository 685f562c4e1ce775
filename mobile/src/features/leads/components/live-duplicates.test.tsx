import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";
import { Text } from "react-native";

import { Screen } from "@/components/ui";

import { buildServices, renderWithServices } from "../../../../test/services";
import { duplicateInput } from "../api/duplicates";
import { CaptureLead } from "./capture-lead";
import { LeadForm } from "./lead-form";

jest.mock("expo-location", () => ({
  requestForegroundPermissionsAsync: jest.fn(async () => ({ granted: false })),
  getCurrentPositionAsync: jest.fn(),
  Accuracy: { Balanced: 3 },
}));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

/** The API answers duplicate checks with `answer`; returns the checks sent. */
function checks(answer: (request: Request) => Promise<Response>) {
  const sent: Request[] = [];
  const fetcher = (async (input: Request | string) => {
    const request = typeof input === "string" ? new Request(input) : input;
    if (new URL(request.url).pathname === "/api/v1/leads/duplicates") {
      sent.push(request);
      return answer(request);
    }
    return json({ items: [] });
  }) as typeof fetch;
  return { fetcher, sent };
}

const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe("duplicate warnings while typing a lead", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("checks once typing pauses, and names the twins the engineer may see", async () => {
    const { fetcher, sent } = checks(async () =>
      json({
        candidates: [
          { kind: "customer", id: "c1", name: "Acme Pumps", customer_id: "c1", match_field: "phone", visible: true },
          { kind: "lead", id: null, name: null, customer_id: null, match_field: "phone", visible: false },
        ],
      }),
    );
    const { services, queryClient } = await buildServices({ fetcher });
    renderWithServices(<Screen><CaptureLead onCaptured={jest.fn()} /></Screen>, services, queryClient);

    for (const typed of ["+91 98", "+91 9810", "+91 98100 1", "+91 98100 12345"]) {
      fireEvent.changeText(screen.getByTestId("lead-phone"), typed);
      act(() => jest.advanceTimersByTime(100));
    }
    expect(sent).toHaveLength(0);
    await act(async () => jest.advanceTimersByTime(400));

    await waitFor(() => expect(screen.getByTestId("lead-live-duplicates")).toBeTruthy());
    expect(screen.getByText(/Customer Acme Pumps has the same phone\./)).toBeTruthy();
    expect(screen.getByText(/A lead you cannot see has the same phone\./)).toBeTruthy();
    expect(sent.map(query)).toEqual([{ phone: "+91 98100 12345" }]);
  });

  it("aborts the check of older input when newer input is checked", async () => {
    const { fetcher, sent } = checks(
      (request) =>
        new Promise((resolve, reject) => {
          if (query(request).email === "old@acme.example") {
            request.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
            return;
          }
          resolve(json({ candidates: [] }));
        }),
    );
    const { services, queryClient } = await buildServices({ fetcher });
    renderWithServices(<Screen><CaptureLead onCaptured={jest.fn()} /></Screen>, services, queryClient);

    fireEvent.changeText(screen.getByTestId("lead-email"), "old@acme.example");
    await act(async () => jest.advanceTimersByTime(450));
    await waitFor(() => expect(sent).toHaveLength(1));
    fireEvent.changeText(screen.getByTestId("lead-email"), "new@acme.example");
    await act(async () => jest.advanceTimersByTime(450));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]!.signal.aborted).toBe(true);
    expect(screen.queryByTestId("lead-live-duplicates")).toBeNull();
  });

  it("gives way to the server's answer to Save: a late hint must not push it out of view", async () => {
    const { fetcher, sent } = checks(async () =>
      json({ candidates: [{ kind: "customer", id: "c1", name: "Acme Pumps", customer_id: "c1", match_field: "phone", visible: true }] }),
    );
    const { services, queryClient } = await buildServices({ fetcher });
    const answer = <Text testID="form-problem">Same phone as customer Acme Pumps</Text>;
    renderWithServices(<Screen><LeadForm onSubmit={jest.fn()} problem={answer} /></Screen>, services, queryClient);
    fireEvent.changeText(screen.getByTestId("lead-phone"), "+91 98100 12345");
    await act(async () => jest.advanceTimersByTime(450));
    await waitFor(() => expect(sent).toHaveLength(1));
    await act(async () => jest.advanceTimersByTime(50));
    expect(screen.getByTestId("form-problem")).toBeTruthy();
    expect(screen.queryByTestId("lead-live-duplicates")).toBeNull();
  });

  it("sends nothing for details that cannot match yet", () => {
    expect(duplicateInput("buy@acme", "98200")).toBeNull();
    expect(duplicateInput(" Buy@Acme.example ", "+91 98200 1")).toEqual({ email: "buy@acme.example", phone: "+91 98200 1" });
  });
});
