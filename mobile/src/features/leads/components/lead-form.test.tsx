import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";
import { AccessibilityInfo } from "react-native";

import { Screen } from "@/components/ui";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { Lead } from "../api/leads";
import { CaptureLead } from "./capture-lead";

jest.mock("expo-location", () => ({
  requestForegroundPermissionsAsync: jest.fn(async () => ({ granted: true })),
  getCurrentPositionAsync: jest.fn(async () => ({ coords: { latitude: 28.6139, longitude: 77.209 } })),
  Accuracy: { Balanced: 3 },
}));

function CaptureScreen({ onCaptured }: { onCaptured: (id: string) => void }) {
  return (
    <Screen>
      <CaptureLead onCaptured={onCaptured} />
    </Screen>
  );
}

describe("capturing a lead", () => {
  it("keeps a lead captured offline on the phone with its location, pending, and sends it once online", async () => {
    const { services, server, queryClient } = await buildServices();
    server.network = "offline";
    const onCaptured = jest.fn();
    renderWithServices(<CaptureScreen onCaptured={onCaptured} />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("lead-person"), "Asha Rao");
    fireEvent.changeText(screen.getByTestId("lead-phone"), "+91 98100 12345");
    fireEvent.press(screen.getByText("Trade show"));
    await act(async () => fireEvent.press(screen.getByTestId("save-lead")));

    await waitFor(() => expect(onCaptured).toHaveBeenCalled());
    const leadId = onCaptured.mock.calls[0][0] as string;
    const local = await services.records.get<Lead>("leads", leadId);
    expect(local).toEqual({
      isPending: true,
      data: expect.objectContaining({ person_name: "Asha Rao", source: "trade_show", status: "new" }),
    });
    const [item] = services.outbox.getSnapshot();
    expect(JSON.parse(item!.body!)).toEqual(
      expect.objectContaining({ id: leadId, capture_latitude: 28.6139, capture_longitude: 77.209, source: "trade_show" }),
    );

    server.network = "online";
    await act(() => services.engine.sync({ force: true }));
    await act(() => services.engine.sync({ force: true }));

    expect(server.countOf("leads")).toBe(1);
    expect(services.outbox.getSnapshot()).toEqual([]);
    expect((await services.records.get<Lead>("leads", leadId))?.isPending).toBe(false);
  });

  it("needs a person or a company, and a valid email", () => {
    return buildServices().then(({ services, queryClient }) => {
      renderWithServices(<CaptureScreen onCaptured={jest.fn()} />, services, queryClient);
      expect(screen.getByTestId("save-lead")).toBeDisabled();
      fireEvent.changeText(screen.getByTestId("lead-company"), "Rao Diagnostics");
      expect(screen.getByTestId("save-lead")).toBeEnabled();
      fireEvent.changeText(screen.getByTestId("lead-email"), "asha@");
      expect(screen.getByText("Not a valid email address")).toBeTruthy();
      expect(screen.getByTestId("save-lead")).toBeDisabled();
    });
  });

  it("shows the server's duplicate warning right above Save, in view and focused, and saves anyway on request", async () => {
    const { services, server, queryClient } = await buildServices();
    server.scripted.push({
      status: 409,
      body: {
        code: "leads.possible_duplicates",
        title: "Possible duplicates",
        candidates: [{ kind: "customer", id: "c1", name: "Amrit Diagnostics", match_field: "phone", visible: true }],
      },
    });
    const focus = jest.spyOn(AccessibilityInfo, "sendAccessibilityEvent");
    const onCaptured = jest.fn();
    renderWithServices(<CaptureScreen onCaptured={onCaptured} />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("lead-person"), "Asha Rao");
    fireEvent.changeText(screen.getByTestId("lead-phone"), "+91 98100 12345");
    await act(async () => fireEvent.press(screen.getByTestId("save-lead")));

    const problem = await screen.findByTestId("form-problem");
    expect(onCaptured).not.toHaveBeenCalled();
    expect(screen.getByText("Possible duplicate: a lead or customer with the same details exists (409)")).toBeTruthy();
    expect(screen.getByText(/Same phone as customer Amrit Diagnostics/)).toBeTruthy();
    // Where the person is looking: the last thing before the Save button, and focused.
    const form = screen.getByTestId("save-lead").parent!.parent!;
    const order = form.children.map((child) => (typeof child === "string" ? child : child.props.testID));
    expect(order.indexOf("form-problem")).toBeLessThan(order.indexOf("save-lead"));
    expect(focus).toHaveBeenCalledWith(expect.anything(), "focus");
    expect(problem).toBeTruthy();

    await act(async () => fireEvent.press(screen.getByTestId("form-problem-save-anyway")));

    await waitFor(() => expect(onCaptured).toHaveBeenCalled());
    expect(server.countOf("leads")).toBe(1);
    expect(JSON.parse(server.received.at(-1)!.body!)).toEqual(expect.objectContaining({ allow_duplicate: true }));
  });

  it("drops the refused lead on Discard and keeps what was typed", async () => {
    const { services, server, queryClient } = await buildServices();
    server.scripted.push({ status: 409, body: { code: "leads.possible_duplicates", title: "Possible duplicates" } });
    renderWithServices(<CaptureScreen onCaptured={jest.fn()} />, services, queryClient);
    fireEvent.changeText(screen.getByTestId("lead-person"), "Asha Rao");
    await act(async () => fireEvent.press(screen.getByTestId("save-lead")));
    await screen.findByTestId("form-problem");

    await act(async () => fireEvent.press(screen.getByTestId("form-problem-discard")));

    await waitFor(() => expect(screen.queryByTestId("form-problem")).toBeNull());
    expect(services.outbox.getSnapshot()).toEqual([]);
    expect(await services.records.list("leads")).toEqual([]);
    expect(screen.getByTestId("lead-person").props.value).toBe("Asha Rao");
  });
});
