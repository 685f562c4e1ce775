import { captureLead, LEAD_ID, OTHER_LEAD_ID, setupOutbox as setup } from "../../../test/outbox-fixtures";

describe("outbox: refused writes", () => {
  it("parks a 422 with its field errors, holds writes on that record, and sends the corrected body under a new key", async () => {
    const { server, outbox } = await setup();
    await outbox.enqueue(captureLead());
    await outbox.enqueue({
      kind: "leads.qualify",
      label: "Qualify lead",
      method: "POST",
      path: `/api/v1/leads/${LEAD_ID}/qualify`,
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await outbox.enqueue(captureLead(OTHER_LEAD_ID, "Unrelated"));
    server.scripted.push({
      status: 422,
      body: {
        code: "validation_error",
        title: "Invalid input",
        errors: [{ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" }],
      },
    });

    const result = await outbox.flush();

    expect(result).toEqual({ sent: 1, failed: 1, remaining: 2, stoppedBy: null });
    const [failed, held] = outbox.getSnapshot();
    expect(failed).toEqual(
      expect.objectContaining({
        status: "failed",
        lastError: expect.objectContaining({
          kind: "validation",
          action: "edit",
          fieldErrors: [{ field: "email", message: "value is not a valid email address" }],
        }),
      }),
    );
    expect(held).toEqual(expect.objectContaining({ kind: "leads.qualify", status: "pending", attempts: 0 }));

    const firstKey = failed!.idempotencyKey;
    await outbox.amend(failed!.id, { id: LEAD_ID, person_name: "Asha Rao", email: "asha@example.com" });
    await outbox.flush();

    const resent = server.received[2]!;
    expect(resent.headers["Idempotency-Key"]).not.toBe(firstKey);
    expect(JSON.parse(resent.body!).email).toBe("asha@example.com");
    // The held qualify went right after the corrected create.
    expect(server.records.get(LEAD_ID)).toEqual(expect.objectContaining({ last_action: "qualify" }));
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("parks a 412 as stale and sends it again against the reloaded version", async () => {
    const { server, outbox } = await setup();
    server.records.set(LEAD_ID, { id: LEAD_ID, kind: "leads", version: 4, notes: "theirs" });
    const item = await outbox.enqueue({
      kind: "leads.update",
      label: "Edit lead",
      method: "PATCH",
      path: `/api/v1/leads/${LEAD_ID}`,
      body: { notes: "mine" },
      ifMatch: 3,
      entityKind: "leads",
      entityId: LEAD_ID,
    });

    await outbox.flush();
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ status: "failed", lastError: expect.objectContaining({ kind: "stale", action: "reload" }) }),
    );

    await outbox.reapply(item.id, 4);
    await outbox.flush();
    expect(server.received[1]!.headers["If-Match"]).toBe('"4"');
    expect(server.records.get(LEAD_ID)).toEqual(expect.objectContaining({ notes: "mine", version: 5 }));
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("parks a 409 for the person to discard, and undoes it locally when they do", async () => {
    const revert = jest.fn(async () => undefined);
    const { server, outbox } = await setup({ revert });
    const item = await outbox.enqueue(captureLead());
    server.scripted.push({ status: 409, body: { code: "leads.already_converted", title: "Lead already converted" } });

    await outbox.flush();
    expect(outbox.getSnapshot()[0]!.lastError).toEqual(
      expect.objectContaining({ kind: "conflict", action: "discard", code: "leads.already_converted" }),
    );

    await outbox.discard(item.id);
    expect(revert).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: item.id }));
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it("chains If-Match through writes made offline on a record the server has not seen yet", async () => {
    const applyAnswer = jest.fn(async () => undefined);
    const { server, outbox } = await setup({ applyAnswer });
    server.network = "offline";
    await outbox.enqueue(captureLead());
    await outbox.enqueue({
      kind: "leads.update",
      label: "Edit lead",
      method: "PATCH",
      path: `/api/v1/leads/${LEAD_ID}`,
      body: { notes: "met at the trade show" },
      ifMatch: 1,
      entityKind: "leads",
      entityId: LEAD_ID,
    });
    await outbox.flush();

    server.network = "online";
    await outbox.flush({ force: true });

    expect(server.received.map((request) => request.headers["If-Match"])).toEqual([undefined, '"1"']);
    expect(server.records.get(LEAD_ID)).toEqual(expect.objectContaining({ notes: "met at the trade show", version: 2 }));
    expect(applyAnswer).toHaveBeenCalledTimes(2);
    expect((applyAnswer.mock.calls[1] as unknown[])[2]).toEqual(
      expect.objectContaining({ body: expect.objectContaining({ version: 2 }) }),
    );
  });

  it("waits for a new sign-in on 401 without parking the write", async () => {
    const { server, outbox } = await setup();
    await outbox.enqueue(captureLead());
    server.scripted.push({ status: 401, body: { code: "auth.unauthorized", title: "Authentication required" } });

    const result = await outbox.flush();

    expect(result.stoppedBy).toBe("auth");
    expect(outbox.getSnapshot()[0]).toEqual(
      expect.objectContaining({ status: "pending", lastError: expect.objectContaining({ action: "sign-in" }) }),
    );
    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
  });

  it("retries a parked write on request", async () => {
    const { server, outbox } = await setup();
    const item = await outbox.enqueue(captureLead());
    server.scripted.push({ status: 404, body: { code: "not_found", title: "Not found" } });
    await outbox.flush();
    expect(outbox.getSnapshot()[0]!.status).toBe("failed");

    await outbox.retry(item.id);
    await outbox.flush();
    expect(server.countOf("leads")).toBe(1);
  });
});
