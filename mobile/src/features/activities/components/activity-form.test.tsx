import { act, fireEvent, screen } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { NewActivity } from "../hooks/use-activities";
import { ActivityForm } from "./activity-form";

// Sunday 29 Nov 2026, 14:05 on the phone's clock.
const NOW = new Date(2026, 10, 29, 14, 5);

async function renderForm() {
  const { services, queryClient } = await buildServices();
  const onSubmit = jest.fn(async (_input: NewActivity) => undefined);
  renderWithServices(<ActivityForm onSubmit={onSubmit} now={NOW} />, services, queryClient);
  fireEvent.changeText(screen.getByTestId("activity-subject"), "Site visit at Amrit Diagnostics");
  return onSubmit;
}

const submitted = async (onSubmit: jest.Mock) => {
  await act(async () => fireEvent.press(screen.getByTestId("save-activity")));
  return onSubmit.mock.calls[0][0] as NewActivity;
};

describe("planning an activity", () => {
  it("plans a meeting on a day from the calendar, at a typed time, for a chosen duration", async () => {
    const onSubmit = await renderForm();
    fireEvent.press(screen.getByTestId("activity-type-meeting"));
    expect(screen.getByTestId("activity-when-summary")).toHaveTextContent("Sunday, 29 Nov 2026, 14:15");

    fireEvent.press(screen.getByTestId("activity-when-next-month"));
    expect(screen.getByTestId("activity-when-month")).toHaveTextContent("December 2026");
    fireEvent.press(screen.getByTestId("activity-when-day-2026-12-03"));
    fireEvent.changeText(screen.getByTestId("activity-when-time"), "16:40");
    fireEvent.press(screen.getByTestId("activity-duration-90"));

    expect(screen.getByTestId("activity-span")).toHaveTextContent("3 Dec 2026, 16:40 – 18:10");
    const input = await submitted(onSubmit);
    expect(new Date(input.starts_at!)).toEqual(new Date(2026, 11, 3, 16, 40));
    expect(new Date(input.ends_at!)).toEqual(new Date(2026, 11, 3, 18, 10));
    expect(input.due_at).toBeNull();
  });

  it("takes a duration in minutes, refusing what is not one", async () => {
    const onSubmit = await renderForm();
    fireEvent.press(screen.getByTestId("activity-when-slot-09:30"));
    fireEvent.press(screen.getByTestId("activity-duration-other"));
    fireEvent.changeText(screen.getByTestId("activity-duration-minutes"), "0");
    expect(screen.getByText("Minutes, from 1 to 1440")).toBeTruthy();
    expect(screen.getByTestId("save-activity")).toBeDisabled();

    fireEvent.changeText(screen.getByTestId("activity-duration-minutes"), "20");
    const input = await submitted(onSubmit);
    expect(new Date(input.starts_at!)).toEqual(new Date(2026, 10, 29, 9, 30));
    expect(new Date(input.ends_at!)).toEqual(new Date(2026, 10, 29, 9, 50));
  });

  it("gives a task a due time instead of a duration, and says when a typed time is not one", async () => {
    const onSubmit = await renderForm();
    fireEvent.press(screen.getByTestId("activity-type-task"));
    expect(screen.queryByTestId("activity-duration-30")).toBeNull();
    fireEvent.press(screen.getByText("Tomorrow"));
    fireEvent.changeText(screen.getByTestId("activity-when-time"), "25:00");
    expect(screen.getByText("A time like 09:30 or 14:05")).toBeTruthy();
    expect(screen.getByTestId("save-activity")).toBeDisabled();
    fireEvent.changeText(screen.getByTestId("activity-when-time"), "08:00");

    const input = await submitted(onSubmit);
    expect(new Date(input.due_at!)).toEqual(new Date(2026, 10, 30, 8, 0));
    expect(input.starts_at).toBeNull();
    expect(input.ends_at).toBeNull();
  });
});
