import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { Activity } from "../api/activities";
import { ActivityCard } from "./activity-card";

const activity = {
  id: "0190a000-0000-7000-8000-0000000000c1",
  version: 3,
  type: "meeting",
  subject: "Demo at Amrit Diagnostics",
  status: "planned",
  scheduled_at: "2026-11-24T10:00:00Z",
  location: "New Delhi",
  outcome: null,
} as Activity;

describe("ActivityCard", () => {
  it("completes an activity offline: done at once, pending until the server has it", async () => {
    const { services, server, queryClient } = await buildServices();
    server.network = "offline";
    renderWithServices(<ActivityCard record={{ data: activity, isPending: false }} />, services, queryClient);

    fireEvent.press(screen.getByTestId(`complete-${activity.id}`));
    fireEvent.changeText(screen.getByLabelText("Outcome"), "Asked for a quote");
    await act(async () => fireEvent.press(screen.getByText("Mark done")));

    await waitFor(() => expect(services.outbox.getSnapshot()).toHaveLength(1));
    const [item] = services.outbox.getSnapshot();
    expect(item).toEqual(
      expect.objectContaining({ label: "Done: Demo at Amrit Diagnostics", path: `/api/v1/activities/${activity.id}/complete` }),
    );
    expect(JSON.parse(item!.body!)).toEqual(expect.objectContaining({ outcome: "Asked for a quote" }));
    const local = await services.records.get<Activity>("activities", activity.id);
    expect(local).toEqual({ isPending: true, data: expect.objectContaining({ status: "done" }) });
    expect(await screen.findByTestId(`pending-${activity.id}`)).toBeTruthy();
  });
});
