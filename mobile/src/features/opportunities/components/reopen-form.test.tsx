import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { Opportunity, Pipeline, Stage } from "../api/opportunities";
import { ReopenForm } from "./reopen-form";
import { StageBar } from "./stage-bar";

const stage = (id: string, name: string, position: number, extra: Partial<Stage> = {}): Stage =>
  ({ id, name, position, probability: position * 10, kind: "open", required_fields: [], ...extra }) as Stage;

const pipeline = {
  id: "p1",
  name: "Field sales",
  is_default: true,
  stages: [
    stage("s1", "Potential", 1),
    stage("s2", "Proposal", 2),
    stage("s3", "Purchase order", 3, { required_fields: [{ key: "po_number", label: "Customer PO number", type: "text", required: true }] }),
    stage("s4", "Order acceptance", 4),
    stage("s8", "Won", 8, { kind: "won", probability: 100 }),
    stage("s9", "Lost", 9, { kind: "lost", probability: 0 }),
  ],
} as Pipeline;

const lostDeal = {
  id: "0190a000-0000-7000-8000-0000000000e1",
  title: "Chillers",
  stage_id: "s9",
  status: "lost",
  closed_from_stage_id: "s2",
  closed_at: "2026-11-20T10:00:00Z",
  lost_reason: "Price",
  skipped_stage_ids: [],
  details: { lost_reason: "Price" },
  amount: "600000.00",
  weighted_amount: "0.00",
  currency: "INR",
} as unknown as Opportunity;

describe("ReopenForm", () => {
  it("reopens a lost deal where it closed from, with the reason, through the outbox", async () => {
    const { services, server, queryClient } = await buildServices();
    server.network = "offline";
    const onReopened = jest.fn();
    renderWithServices(<ReopenForm deal={lostDeal} pipeline={pipeline} onReopened={onReopened} />, services, queryClient);

    fireEvent.changeText(screen.getByTestId("reopen-reason"), "They found the budget");
    await act(async () => fireEvent.press(screen.getByText("Reopen in Proposal")));

    await waitFor(() => expect(onReopened).toHaveBeenCalled());
    const [item] = services.outbox.getSnapshot();
    expect(item).toEqual(expect.objectContaining({ path: `/api/v1/opportunities/${lostDeal.id}/reopen`, label: 'Reopen "Chillers" in Proposal' }));
    expect(JSON.parse(item!.body!)).toEqual({ stage_id: "s2", details: {}, reason: "They found the budget" });
    const local = await services.records.get<Opportunity>("opportunities", lostDeal.id);
    expect(local).toEqual({ isPending: true, data: expect.objectContaining({ status: "open", stage_id: "s2", lost_reason: null }) });
  });
});

describe("StageBar", () => {
  it("marks a stage the deal jumped over as skipped, not done", async () => {
    const { services, queryClient } = await buildServices();
    const deal = { ...lostDeal, status: "open", stage_id: "s4", closed_from_stage_id: null, skipped_stage_ids: ["s2"] } as Opportunity;
    renderWithServices(<StageBar deal={deal} pipeline={pipeline} />, services, queryClient);
    expect(screen.getByTestId("step-done-Potential")).toBeTruthy();
    expect(screen.getByTestId("step-skipped-Proposal")).toBeTruthy();
    expect(screen.queryByTestId("step-done-Proposal")).toBeNull();
    expect(screen.getByText("⤼ Proposal (skipped)")).toBeTruthy();
    expect(screen.getByTestId("step-done-Purchase order")).toBeTruthy();
    expect(screen.getByTestId("step-current-Order acceptance")).toBeTruthy();
  });
});
