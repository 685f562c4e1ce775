import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import type { Opportunity, Pipeline, Stage } from "../api/opportunities";
import { MoveStageForm } from "./move-stage-form";

const stage = (id: string, name: string, position: number, extra: Partial<Stage> = {}): Stage =>
  ({ id, name, position, probability: position * 10, kind: "open", required_fields: [], ...extra }) as Stage;

const pipeline = {
  id: "p1",
  name: "Field sales",
  is_default: true,
  stages: [
    stage("s1", "Potential", 1),
    stage("s2", "Proposal", 2),
    stage("s3", "Purchase order", 3, {
      required_fields: [
        { key: "po_number", label: "Customer PO number", type: "text", required: true },
        { key: "po_date", label: "PO date", type: "date", required: true },
      ],
    }),
    stage("s4", "Advance", 4, {
      required_fields: [
        { key: "advance_amount", label: "Advance amount", type: "amount", required: true },
        { key: "advance_received_date", label: "Date received", type: "date", required: true },
      ],
    }),
    stage("s9", "Lost", 9, { kind: "lost", probability: 0 }),
  ],
} as Pipeline;

const deal = {
  id: "0190a000-0000-7000-8000-0000000000d1",
  title: "Chillers",
  stage_id: "s2",
  status: "open",
  details: {},
  amount: "600000.00",
  weighted_amount: "180000.00",
  currency: "INR",
} as unknown as Opportunity;

describe("MoveStageForm", () => {
  it("asks for the details the target stage requires and queues the move with them", async () => {
    const { services, server, queryClient } = await buildServices();
    server.network = "offline";
    const onMoved = jest.fn();
    renderWithServices(<MoveStageForm deal={deal} pipeline={pipeline} onMoved={onMoved} />, services, queryClient);

    fireEvent.press(screen.getByText("Purchase order"));
    expect(screen.getByTestId("confirm-move")).toBeDisabled();
    fireEvent.changeText(screen.getByTestId("detail-po_date"), "24/11/2026");
    expect(screen.getByText("A date like 2026-11-24")).toBeTruthy();
    fireEvent.changeText(screen.getByTestId("detail-po_date"), "2026-11-24");
    fireEvent.changeText(screen.getByTestId("detail-po_number"), "PO-4471");
    await act(async () => fireEvent.press(screen.getByTestId("confirm-move")));

    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    const [item] = services.outbox.getSnapshot();
    expect(item).toEqual(expect.objectContaining({ path: `/api/v1/opportunities/${deal.id}/move`, label: 'Move "Chillers" to Purchase order' }));
    expect(JSON.parse(item!.body!)).toEqual({ stage_id: "s3", details: { po_number: "PO-4471", po_date: "2026-11-24" } });
    const local = await services.records.get<Opportunity>("opportunities", deal.id);
    expect(local).toEqual({ isPending: true, data: expect.objectContaining({ stage_id: "s3", probability: 30 }) });
  });

  it("on a jump forward asks for the passed stage's details too and names the skipped stage", async () => {
    const { services, server, queryClient } = await buildServices();
    server.network = "offline";
    const early = { ...deal, stage_id: "s1", skipped_stage_ids: [] } as Opportunity;
    renderWithServices(<MoveStageForm deal={early} pipeline={pipeline} onMoved={jest.fn()} />, services, queryClient);

    fireEvent.press(screen.getByText("Advance"));
    expect(screen.getByTestId("skipping-note")).toHaveTextContent("Proposal will be recorded as skipped.");
    expect(screen.getByText("Purchase order: Customer PO number")).toBeTruthy();
    fireEvent.changeText(screen.getByTestId("detail-advance_amount"), "150000");
    fireEvent.changeText(screen.getByTestId("detail-advance_received_date"), "2026-11-25");
    expect(screen.getByTestId("confirm-move")).toBeDisabled();
    fireEvent.changeText(screen.getByTestId("detail-po_number"), "PO-88");
    fireEvent.changeText(screen.getByTestId("detail-po_date"), "2026-11-20");
    await act(async () => fireEvent.press(screen.getByTestId("confirm-move")));

    await waitFor(() => expect(services.outbox.getSnapshot()).toHaveLength(1));
    const [item] = services.outbox.getSnapshot();
    expect(JSON.parse(item!.body!).details).toEqual({
      po_number: "PO-88",
      po_date: "2026-11-20",
      advance_amount: "150000",
      advance_received_date: "2026-11-25",
    });
    const local = await services.records.get<Opportunity>("opportunities", deal.id);
    expect(local!.data.skipped_stage_ids).toEqual(["s2"]);
  });

  it("asks why when the deal is lost", async () => {
    const { services, queryClient } = await buildServices();
    renderWithServices(<MoveStageForm deal={deal} pipeline={pipeline} onMoved={jest.fn()} />, services, queryClient);

    fireEvent.press(screen.getByText("Lost"));
    expect(screen.getByTestId("detail-lost_reason")).toBeTruthy();
    expect(screen.getByTestId("confirm-move")).toBeDisabled();
    fireEvent.changeText(screen.getByTestId("detail-lost_reason"), "Price");
    expect(screen.getByTestId("confirm-move")).toBeEnabled();
  });

  it("shows a refused move next to the button and puts the deal back in its stage on Discard", async () => {
    const { services, server, queryClient } = await buildServices();
    await services.records.putServer("opportunities", [deal]);
    server.scripted.push({ status: 409, body: { code: "opportunities.closed", title: "The deal was closed meanwhile" } });
    const onMoved = jest.fn();
    renderWithServices(<MoveStageForm deal={deal} pipeline={pipeline} onMoved={onMoved} />, services, queryClient);

    fireEvent.press(screen.getByText("Potential"));
    await act(async () => fireEvent.press(screen.getByTestId("confirm-move")));

    await screen.findByText("The deal was closed meanwhile (409)");
    expect(onMoved).not.toHaveBeenCalled();
    expect((await services.records.get<Opportunity>("opportunities", deal.id))!.data.stage_id).toBe("s1");

    await act(async () => fireEvent.press(screen.getByTestId("form-problem-discard")));

    await waitFor(() => expect(screen.queryByTestId("form-problem")).toBeNull());
    expect(await services.records.get<Opportunity>("opportunities", deal.id)).toEqual({ data: deal, isPending: false });
  });
});
