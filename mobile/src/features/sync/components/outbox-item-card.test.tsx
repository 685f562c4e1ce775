import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";

import { buildServices, renderWithServices } from "../../../../test/services";
import { OutboxItemCard } from "./outbox-item-card";

const LEAD = "0190a000-0000-7000-8000-00000000aaaa";

async function parkedLead() {
  const built = await buildServices();
  built.server.scripted.push({
    status: 422,
    body: {
      code: "validation_error",
      title: "Invalid input",
      errors: [{ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" }],
    },
  });
  await built.services.outbox.enqueue({
    kind: "leads.create",
    label: "New lead: Asha Rao",
    method: "POST",
    path: "/api/v1/leads",
    body: { id: LEAD, person_name: "Asha Rao", email: "asha@" },
    entityKind: "leads",
    entityId: LEAD,
  });
  await built.services.outbox.flush();
  return built;
}

describe("OutboxItemCard", () => {
  it("shows a refused write with the server's field errors and sends the correction", async () => {
    const { services, server, queryClient } = await parkedLead();
    const item = services.outbox.getSnapshot()[0]!;
    renderWithServices(<OutboxItemCard item={item} />, services, queryClient);

    expect(screen.getByText("New lead: Asha Rao")).toBeTruthy();
    expect(screen.getByText("Invalid input (422)")).toBeTruthy();
    expect(screen.getByText("value is not a valid email address")).toBeTruthy();

    fireEvent.changeText(screen.getByLabelText("email"), "asha@example.com");
    await act(async () => fireEvent.press(screen.getByText("Send corrected")));

    await waitFor(() => expect(server.countOf("leads")).toBe(1));
    expect(server.records.get(LEAD)).toEqual(expect.objectContaining({ email: "asha@example.com" }));
    expect(services.outbox.getSnapshot()).toEqual([]);
  });

  it("discards a refused write after asking, and the record it created goes with it", async () => {
    const { services, queryClient } = await parkedLead();
    await services.records.putLocal("leads", [{ id: LEAD, person_name: "Asha Rao" }]);
    const item = services.outbox.getSnapshot()[0]!;
    renderWithServices(<OutboxItemCard item={item} />, services, queryClient);

    fireEvent.press(screen.getByTestId(`discard-${item.id}`));
    expect(screen.getByText("Discarding removes it from this phone.")).toBeTruthy();
    await act(async () => fireEvent.press(screen.getByTestId(`confirm-discard-${item.id}`)));

    await waitFor(() => expect(services.outbox.getSnapshot()).toEqual([]));
    expect(await services.records.get("leads", LEAD)).toBeNull();
  });

  it("shows a write set aside after repeated server errors, and sends it again on Try again", async () => {
    const { services, server, queryClient } = await buildServices();
    server.broken.set("/api/v1/leads", 503);
    await services.outbox.enqueue({
      kind: "leads.create",
      label: "New lead: Asha Rao",
      method: "POST",
      path: "/api/v1/leads",
      body: { id: LEAD, person_name: "Asha Rao" },
      entityKind: "leads",
      entityId: LEAD,
    });
    for (let attempt = 0; attempt < 5; attempt += 1) await services.outbox.flush({ force: true });
    const item = services.outbox.getSnapshot()[0]!;
    renderWithServices(<OutboxItemCard item={item} />, services, queryClient);

    expect(screen.getByTestId(`outbox-state-${item.id}`)).toHaveTextContent("Set aside");
    expect(screen.getByText("Set aside after 5 failed attempts (503)")).toBeTruthy();
    expect(screen.getByText(/Your other changes go on without it/)).toBeTruthy();

    server.broken.clear();
    await act(async () => fireEvent.press(screen.getByTestId(`retry-${item.id}`)));

    await waitFor(() => expect(server.countOf("leads")).toBe(1));
    await waitFor(() => expect(services.outbox.getSnapshot()).toEqual([]));
  });

  it("puts a deal back in the server's stage when its refused move is discarded", async () => {
    const { services, server, queryClient } = await buildServices();
    const deal = { id: "0190a000-0000-7000-8000-0000000000d1", title: "Chillers", stage_id: "potential", version: 2 };
    await services.records.putServer("opportunities", [deal]);
    server.scripted.push({ status: 409, body: { code: "opportunities.closed", title: "The deal is closed" } });
    await services.capture({
      record: { kind: "opportunities", data: { ...deal, stage_id: "proposal" } },
      write: {
        kind: "opportunities.move",
        label: "Move Chillers to Proposal",
        method: "POST",
        path: `/api/v1/opportunities/${deal.id}/move`,
        body: { stage_id: "proposal", details: {} },
        entityKind: "opportunities",
        entityId: deal.id,
      },
    });
    await services.outbox.flush();
    const item = services.outbox.getSnapshot()[0]!;
    renderWithServices(<OutboxItemCard item={item} />, services, queryClient);

    expect(screen.getByTestId(`outbox-state-${item.id}`)).toHaveTextContent("Refused");
    fireEvent.press(screen.getByTestId(`discard-${item.id}`));
    expect(screen.getByText("Discarding puts the record back as the server has it.")).toBeTruthy();
    await act(async () => fireEvent.press(screen.getByTestId(`confirm-discard-${item.id}`)));

    await waitFor(async () => expect(await services.records.get("opportunities", deal.id)).toEqual({ data: deal, isPending: false }));
  });

  it("names the possible duplicates of a new lead and creates it anyway on request", async () => {
    const { services, server, queryClient } = await buildServices();
    server.scripted.push({
      status: 409,
      body: {
        code: "leads.possible_duplicates",
        title: "Possible duplicates",
        candidates: [{ kind: "customer", id: "c1", name: "Amrit Diagnostics", match_field: "phone", visible: true }],
      },
    });
    await services.outbox.enqueue({
      kind: "leads.create",
      label: "New lead: Asha Rao",
      method: "POST",
      path: "/api/v1/leads",
      body: { id: LEAD, person_name: "Asha Rao", phone: "+91 98100 12345" },
      entityKind: "leads",
      entityId: LEAD,
    });
    await services.outbox.flush();
    renderWithServices(<OutboxItemCard item={services.outbox.getSnapshot()[0]!} />, services, queryClient);

    expect(screen.getByText("Same phone as customer Amrit Diagnostics")).toBeTruthy();
    await act(async () => fireEvent.press(screen.getByText("Create anyway")));

    await waitFor(() => expect(server.countOf("leads")).toBe(1));
    expect(JSON.parse(server.received[1]!.body!)).toEqual(expect.objectContaining({ allow_duplicate: true }));
  });

  it("reloads a record changed elsewhere and sends the change against its new version", async () => {
    const current = { id: LEAD, version: 7, notes: "theirs" };
    const fetcher = async (request: Request) =>
      request.url.endsWith(`/api/v1/leads/${LEAD}`)
        ? new Response(JSON.stringify(current), { status: 200, headers: { "Content-Type": "application/json" } })
        : new Response(JSON.stringify({ items: [] }), { status: 200 });
    const { services, server, queryClient } = await buildServices({ fetcher: fetcher as typeof fetch });
    server.records.set(LEAD, { ...current, kind: "leads" });
    await services.outbox.enqueue({
      kind: "leads.update",
      label: "Edit lead",
      method: "PATCH",
      path: `/api/v1/leads/${LEAD}`,
      body: { notes: "mine" },
      ifMatch: 6,
      entityKind: "leads",
      entityId: LEAD,
    });
    await services.outbox.flush();
    renderWithServices(<OutboxItemCard item={services.outbox.getSnapshot()[0]!} />, services, queryClient);

    await act(async () => fireEvent.press(screen.getByText("Reload and reapply")));

    await waitFor(() => expect(server.records.get(LEAD)).toEqual(expect.objectContaining({ notes: "mine", version: 8 })));
    expect(server.received.at(-1)!.headers["If-Match"]).toBe('"7"');
  });
});
