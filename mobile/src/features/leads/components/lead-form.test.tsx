import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { Lead } from "../api/leads";
import { useCaptureLead } from "../hooks/use-leads";
import { LeadForm } from "./lead-form";

jest.mock("expo-location", () => ({
  requestForegroundPermissionsAsync: jest.fn(async () => ({ granted: true })),
  getCurrentPositionAsync: jest.fn(async () => ({ coords: { latitude: 28.6139, longitude: 77.209 } })),
  Accuracy: { Balanced: 3 },
}));

function CaptureScreen({ onCaptured }: { onCaptured: (id: string) => void }) {
  const capture = useCaptureLead();
  return <LeadForm onSubmit={async (input) => onCaptured(await capture(input))} />;
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
});
