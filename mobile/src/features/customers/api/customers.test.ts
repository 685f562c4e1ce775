import { buildServices } from "../../../../test/services";
import { contactChanges, contactEditWrite, type Contact } from "./customers";

const contact: Contact = {
  id: "0190a000-0000-7000-8000-0000000000c1",
  customer_id: "0190a000-0000-7000-8000-0000000000a1",
  created_at: "2026-11-29T08:00:00Z",
  updated_at: "2026-11-29T08:00:00Z",
  version: 4,
  name: "Meera Iyer",
  title: "Plant manager",
  email: "meera@example.com",
  phone: "+91 98100 11111",
  preferred_channel: "phone",
  email_opt_in: false,
  sms_opt_in: false,
  is_primary: true,
};
const unchanged = { name: contact.name, title: contact.title, phone: contact.phone, email: contact.email, preferred_channel: contact.preferred_channel };

describe("editing a contact", () => {
  it("sends only the fields the person changed; a cleared field is sent as null", () => {
    expect(contactChanges(contact, unchanged)).toEqual({});
    expect(contactChanges(contact, { ...unchanged, phone: "+91 98100 22222", title: null })).toEqual({
      phone: "+91 98100 22222",
      title: null,
    });
  });

  it("is a PATCH on the contact with the version it was made on", () => {
    expect(contactEditWrite(contact, { phone: "+91 98100 22222" })).toEqual(
      expect.objectContaining({
        method: "PATCH",
        path: `/api/v1/customers/${contact.customer_id}/contacts/${contact.id}`,
        body: { phone: "+91 98100 22222" },
        ifMatch: 4,
        entityKind: "contacts",
        entityId: contact.id,
        label: "Edit contact: Meera Iyer",
      }),
    );
  });

  it("is queued with the server's copy it was made on, for comparing should someone else save first", async () => {
    const { services, server } = await buildServices();
    server.network = "offline";
    await services.records.putServer("contacts", [contact]);
    const changes = { phone: "+91 98100 22222" };

    const item = await services.capture({
      record: { kind: "contacts", data: { ...contact, ...changes } },
      write: contactEditWrite(contact, changes),
    });

    expect(item.ifMatch).toBe("4");
    expect(JSON.parse(item.base!)).toEqual(contact);
    expect((await services.records.get("contacts", contact.id))?.data).toEqual({ ...contact, ...changes });
  });

  it("is queued without a base when the phone's copy is not the version it was made on", async () => {
    const { services, server } = await buildServices();
    server.network = "offline";
    await services.records.putServer("contacts", [{ ...contact, version: 5 }]);

    const item = await services.capture({ write: contactEditWrite(contact, { phone: "+91 98100 22222" }) });

    expect(item.base).toBeNull();
  });
});
