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

  it("an action refused with 412 (not an edit) is reloaded and sent again against the new version", async () => {
    const current = { id: LEAD, version: 7, notes: "theirs" };
    const fetcher = async (request: Request) =>
      request.url.endsWith(`/api/v1/leads/${LEAD}`)
        ? new Response(JSON.stringify(current), { status: 200, headers: { "Content-Type": "application/json" } })
        : new Response(JSON.stringify({ items: [] }), { status: 200 });
    const { services, server, queryClient } = await buildServices({ fetcher: fetcher as typeof fetch });
    server.records.set(LEAD, { ...current, kind: "leads" });
    server.scripted.push({ status: 412, body: { code: "precondition_failed", title: "The record was changed by someone else" } });
    await services.outbox.enqueue({
      kind: "leads.qualify",
      label: "Qualify lead",
      method: "POST",
      path: `/api/v1/leads/${LEAD}/qualify`,
      body: {},
      ifMatch: 6,
      entityKind: "leads",
      entityId: LEAD,
    });
    await services.outbox.flush();
    const item = services.outbox.getSnapshot()[0]!;
    renderWithServices(<OutboxItemCard item={item} />, services, queryClient);

    expect(screen.queryByTestId(`conflict-${item.id}`)).toBeNull();
    await act(async () => fireEvent.press(screen.getByText("Reload and reapply")));

    await waitFor(() => expect(server.records.get(LEAD)).toEqual(expect.objectContaining({ last_action: "qualify", version: 8 })));
    expect(server.received.at(-1)!.headers["If-Match"]).toBe('"7"');
  });

  describe("an edit someone else saved first (412)", () => {
    const before = {
      id: LEAD,
      version: 6,
      person_name: "Asha Rao",
      company_name: null,
      notes: "old",
      estimated_value: "100000.00",
      currency: "INR",
      phone: null,
    };
    const saved = { ...before, version: 7, notes: "theirs", estimated_value: "250000.00", company_name: "Rao Labs" };

    /** The engineer edited notes, value and phone on version 6; someone else saved notes, value and company as version 7. */
    async function refusedEdit({ baseHeld = true, pulledSince = false } = {}) {
      const fetcher = async (request: Request) =>
        request.url.endsWith(`/api/v1/leads/${LEAD}`)
          ? new Response(JSON.stringify(saved), { status: 200, headers: { "Content-Type": "application/json", ETag: '"7"' } })
          : new Response(JSON.stringify({ items: [] }), { status: 200 });
      const built = await buildServices({ fetcher: fetcher as typeof fetch });
      built.server.records.set(LEAD, { ...saved, kind: "leads" });
      if (baseHeld) await built.services.records.putServer("leads", [before]);
      const mine = { notes: "mine", estimated_value: "300000.00", phone: "+91 98100 12345" };
      await built.services.capture({
        record: { kind: "leads", data: { ...before, ...mine } },
        write: {
          kind: "leads.update",
          label: "Edit lead: Asha Rao",
          method: "PATCH",
          path: `/api/v1/leads/${LEAD}`,
          body: mine,
          ifMatch: 6,
          entityKind: "leads",
          entityId: LEAD,
        },
      });
      await built.services.outbox.flush();
      const item = built.services.outbox.getSnapshot()[0]!;
      expect(item.lastError?.status).toBe(412);
      // A sync pulls after it sends: the saved version arrives before the person looks.
      if (pulledSince) await built.services.records.putServer("leads", [saved]);
      renderWithServices(<OutboxItemCard item={item} />, built.services, built.queryClient);
      return { ...built, item };
    }

    it("shows each changed field, yours beside the saved value, formatted", async () => {
      const { item } = await refusedEdit();

      expect(await screen.findByTestId(`conflict-${item.id}`)).toBeTruthy();
      expect(screen.getByTestId(`outbox-state-${item.id}`)).toHaveTextContent("Needs your decision");
      // Not "apply your change again": the fields are compared right here.
      expect(screen.queryByText(/apply your change again/)).toBeNull();
      expect(screen.queryByText(/failed attempt/)).toBeNull();
      expect(screen.getAllByText("Yours")).toHaveLength(3);
      expect(screen.getAllByText("Saved by someone else")).toHaveLength(3);
      expect(screen.getByTestId("mine-notes")).toHaveTextContent("mine");
      expect(screen.getByTestId("theirs-notes")).toHaveTextContent("theirs");
      expect(screen.getByText("Estimated value")).toBeTruthy();
      expect(screen.getByTestId("mine-estimated_value")).toHaveTextContent("₹3,00,000.00");
      expect(screen.getByTestId("theirs-estimated_value")).toHaveTextContent("₹2,50,000.00");
      expect(screen.getByTestId("theirs-phone")).toHaveTextContent("—");
      expect(screen.queryByText("Reload and reapply")).toBeNull();
      // What only the other person changed is not asked about: it stays as saved.
      expect(screen.queryByTestId("conflict-field-company_name")).toBeNull();
      expect(screen.getByTestId("kept-company_name")).toHaveTextContent("Company: Rao Labs");
    });

    it("keeps yours where only you changed it, and waits for a choice where both did", async () => {
      const { item } = await refusedEdit();
      await screen.findByTestId(`conflict-${item.id}`);

      expect(screen.getByTestId("choose-phone-mine")).toBeChecked();
      expect(screen.getByTestId("choose-notes-mine")).not.toBeChecked();
      expect(screen.getByTestId("choose-notes-theirs")).not.toBeChecked();
      expect(screen.getByText("Choose a value for Notes, Estimated value.")).toBeTruthy();
      expect(screen.getByTestId(`resolve-${item.id}`)).toBeDisabled();
    });

    it("sends only the chosen values against the saved version, through the outbox", async () => {
      const { item, services, server } = await refusedEdit();
      await screen.findByTestId(`conflict-${item.id}`);

      fireEvent.press(screen.getByTestId("choose-notes-mine"));
      fireEvent.press(screen.getByTestId("choose-estimated_value-theirs"));
      await act(async () => fireEvent.press(screen.getByTestId(`resolve-${item.id}`)));

      await waitFor(() => expect(services.outbox.getSnapshot()).toEqual([]));
      const sent = server.received.at(-1)!;
      expect(sent.method).toBe("PATCH");
      expect(sent.headers["If-Match"]).toBe('"7"');
      expect(JSON.parse(sent.body!)).toEqual({ notes: "mine", phone: "+91 98100 12345" });
      // A new body is a new request: it does not reuse the refused attempt's key.
      expect(sent.headers["Idempotency-Key"]).not.toBe(item.idempotencyKey);
      expect(server.records.get(LEAD)).toEqual(
        expect.objectContaining({ notes: "mine", estimated_value: "250000.00", phone: "+91 98100 12345", version: 8 }),
      );
    });

    it("re-queues the write with the choices while offline, and the phone shows them at once", async () => {
      const { item, services, server } = await refusedEdit();
      await screen.findByTestId(`conflict-${item.id}`);
      server.network = "offline";

      fireEvent.press(screen.getByTestId("choose-notes-theirs"));
      fireEvent.press(screen.getByTestId("choose-estimated_value-mine"));
      await act(async () => fireEvent.press(screen.getByTestId(`resolve-${item.id}`)));

      await waitFor(() => expect(services.outbox.getSnapshot()[0]?.status).toBe("pending"));
      const queued = services.outbox.getSnapshot()[0]!;
      expect(queued.ifMatch).toBe("7");
      // Should it be refused again, the version compared with is the one it was resent on.
      expect(JSON.parse(queued.base!)).toEqual(saved);
      expect(JSON.parse(queued.body!)).toEqual({ estimated_value: "300000.00", phone: "+91 98100 12345" });
      expect((await services.records.get("leads", LEAD))?.data).toEqual(
        expect.objectContaining({ notes: "theirs", estimated_value: "300000.00", phone: "+91 98100 12345" }),
      );
    });

    it("still knows what only you changed after a pull brought the version saved since", async () => {
      const { item, services, server } = await refusedEdit({ pulledSince: true });
      await screen.findByTestId(`conflict-${item.id}`);

      expect(screen.getByTestId("choose-phone-mine")).toBeChecked();
      expect(screen.getByText("Choose a value for Notes, Estimated value.")).toBeTruthy();
      expect(screen.getByTestId("kept-company_name")).toHaveTextContent("Company: Rao Labs");

      fireEvent.press(screen.getByTestId("choose-notes-theirs"));
      fireEvent.press(screen.getByTestId("choose-estimated_value-mine"));
      await act(async () => fireEvent.press(screen.getByTestId(`resolve-${item.id}`)));
      await waitFor(() => expect(services.outbox.getSnapshot()).toEqual([]));
      expect(JSON.parse(server.received.at(-1)!.body!)).toEqual({ estimated_value: "300000.00", phone: "+91 98100 12345" });
    });

    it("without the edited copy on the phone, every field saved differently must be chosen", async () => {
      const { item } = await refusedEdit({ baseHeld: false });
      await screen.findByTestId(`conflict-${item.id}`);

      expect(screen.getByTestId("choose-phone-mine")).not.toBeChecked();
      expect(screen.getByText("Choose a value for Notes, Estimated value, Phone.")).toBeTruthy();
      expect(screen.queryByTestId("conflict-kept")).toBeNull();
    });

    it("Keep theirs drops the edit and shows the record as the other person saved it", async () => {
      const { item, services } = await refusedEdit();
      await screen.findByTestId(`conflict-${item.id}`);

      await act(async () => fireEvent.press(screen.getByTestId(`keep-theirs-${item.id}`)));

      await waitFor(() => expect(services.outbox.getSnapshot()).toEqual([]));
      expect(await services.records.get("leads", LEAD)).toEqual({ data: saved, isPending: false });
    });
  });
});
