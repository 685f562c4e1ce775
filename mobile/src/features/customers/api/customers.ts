/** Customers and their contacts: local reads, the pull, and the contact writes (add, edit). */
import { unwrap, type ApiClient } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { LocalRecords, RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type Customer = components["schemas"]["CustomerSummary"];
export type CustomerDetail = components["schemas"]["CustomerRead"];
export type Contact = components["schemas"]["ContactRead"];
export type ContactInput = components["schemas"]["ContactCreate"];
export type ContactChanges = components["schemas"]["ContactUpdate"];
/** What the contact form edits. */
export type ContactFields = Pick<ContactInput, "name" | "title" | "phone" | "email" | "preferred_channel">;
export type TimelineEvent = components["schemas"]["TimelineEventRead"];
export type Address = components["schemas"]["AddressRead"];

export const customerSchema: RecordSchema<Customer> = {
  search: (customer) =>
    [customer.name, customer.legal_name, customer.email, customer.phone, customer.tax_id, customer.industry]
      .concat(customer.addresses.map((address) => `${address.city} ${address.postal_code ?? ""}`))
      .filter(Boolean)
      .join(" "),
  sortKey: (customer) => customer.name.toLowerCase(),
};

export const contactSchema: RecordSchema<Contact> = {
  search: (contact) => [contact.name, contact.email, contact.phone].filter(Boolean).join(" "),
  parentId: (contact) => contact.customer_id,
  sortKey: (contact) => `${contact.is_primary ? 0 : 1}${contact.name.toLowerCase()}`,
};

export const timelineSchema: RecordSchema<TimelineEvent> = {
  parentId: (event) => event.customer_id,
  sortKey: (event) => event.occurred_at,
};

export const customersSync: SyncedKind<Customer> = {
  kind: "customers",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/customers", { params: { query: { limit: 200, cursor: cursor ?? undefined } } })),
};

/** Contacts have no list of their own: the first sync reads them from the change feed's start. */
export const contactsSync: SyncedKind<Contact> = { kind: "contacts" };

/** The full customer with contacts and the latest page of its timeline, for the detail screen. */
export async function refreshCustomer(api: ApiClient, records: LocalRecords, customerId: string): Promise<void> {
  const fetchedFrom = Date.now();
  const path = { customer_id: customerId };
  const detail = unwrap(await api.GET("/api/v1/customers/{customer_id}", { params: { path } }));
  const { contacts, ...summary } = detail;
  const timeline = unwrap(
    await api.GET("/api/v1/customers/{customer_id}/timeline", { params: { path, query: { limit: 50 } } }),
  );
  await records.transaction(async (tx) => {
    await tx.putServer("customers", [summary]);
    await tx.replaceServerCopy("contacts", contacts, { parentId: customerId, fetchedFrom });
    await tx.replaceServerCopy("timeline", timeline.items, { parentId: customerId, fetchedFrom });
  });
}

export function contactWrite(customerId: string, contact: ContactInput & { id: string }) {
  return {
    kind: "contacts.create",
    label: `New contact: ${contact.name}`,
    method: "POST" as const,
    path: `/api/v1/customers/${customerId}/contacts`,
    body: contact,
    entityKind: "contacts",
    entityId: contact.id,
    scopeIds: [customerId],
  };
}

const EDITED: readonly (keyof ContactFields)[] = ["name", "title", "phone", "email", "preferred_channel"];

/**
 * The fields the person changed, against the contact as the phone shows it: only
 * those are sent, so an edit never writes back what someone else changed meanwhile.
 */
export function contactChanges(contact: Contact, fields: ContactFields): ContactChanges {
  const changes: ContactChanges = {};
  for (const key of EDITED) {
    const value = fields[key] ?? null;
    if (value !== (contact[key] ?? null)) Object.assign(changes, { [key]: value });
  }
  return changes;
}

/** An edit carries the version it was made on (If-Match): someone else's save meanwhile is a 412, never overwritten. */
export function contactEditWrite(contact: Contact, changes: ContactChanges) {
  return {
    kind: "contacts.update",
    label: `Edit contact: ${contact.name}`,
    method: "PATCH" as const,
    path: `/api/v1/customers/${contact.customer_id}/contacts/${contact.id}`,
    body: changes,
    ifMatch: contact.version,
    entityKind: "contacts",
    entityId: contact.id,
    scopeIds: [contact.customer_id],
  };
}

/** A directions link the phone's maps app opens (coordinates when known, else the address). */
export function navigationUrl(address: Address): string {
  const destination =
    address.latitude !== null && address.longitude !== null
      ? `${address.latitude},${address.longitude}`
      : [address.line1, address.line2, address.city, address.postal_code, address.country].filter(Boolean).join(", ");
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}

const KIND_LABELS: Record<string, string> = { billing: "Billing", shipping: "Shipping" };

/** Billing and shipping are often the same place: show it once, labelled with both. */
export function distinctAddresses(addresses: Address[]): { address: Address; kinds: string[] }[] {
  const byPlace = new Map<string, { address: Address; kinds: string[] }>();
  for (const address of addresses) {
    const place = [address.line1, address.line2, address.city, address.postal_code].join("|").toLowerCase();
    const entry = byPlace.get(place) ?? { address, kinds: [] };
    entry.kinds.push(KIND_LABELS[address.kind] ?? address.kind);
    byPlace.set(place, entry);
  }
  return [...byPlace.values()];
}
