import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { newId } from "@/lib/random";
import { useServices } from "@/lib/sync/sync-provider";

import {
  contactChanges,
  contactEditWrite,
  contactWrite,
  refreshCustomer,
  type Contact,
  type ContactFields,
  type ContactInput,
  type Customer,
  type TimelineEvent,
} from "../api/customers";

/** Search runs on the local copy, so it works offline. */
export function useCustomers(q: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["customers", "list", { q }],
    queryFn: () => records.list<Customer>("customers", { q }),
  });
}

export function useCustomer(customerId: string) {
  const { records, api } = useServices();
  const [refreshError, setRefreshError] = useState<Error | null>(null);
  const query = useQuery({
    queryKey: ["customers", "detail", customerId],
    queryFn: async () => ({
      customer: await records.get<Customer>("customers", customerId),
      contacts: await records.list<Contact>("contacts", { parentId: customerId }),
      timeline: await records.list<TimelineEvent>("timeline", { parentId: customerId, descending: true }),
    }),
  });
  const refetch = query.refetch;
  useEffect(() => {
    // Fresh contacts and timeline when the network allows; the cached copy shows meanwhile.
    refreshCustomer(api(), records, customerId)
      .then(() => {
        setRefreshError(null);
        return refetch();
      })
      .catch((error: Error) => setRefreshError(error));
  }, [api, records, customerId, refetch]);
  return { ...query, refreshError };
}

export function useAddContact(customerId: string) {
  const { capture } = useServices();
  return async (input: Omit<ContactInput, "id">) => {
    const id = newId();
    const now = new Date().toISOString();
    const body = { ...input, id };
    const local: Contact = {
      id,
      customer_id: customerId,
      created_at: now,
      updated_at: now,
      version: 0,
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferred_channel: input.preferred_channel ?? "phone",
      email_opt_in: input.email_opt_in ?? false,
      sms_opt_in: input.sms_opt_in ?? false,
      is_primary: input.is_primary ?? false,
    };
    await capture({ record: { kind: "contacts", data: local }, write: contactWrite(customerId, body) });
    return id;
  };
}

export function useContact(contactId: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["contacts", "detail", contactId],
    queryFn: () => records.get<Contact>("contacts", contactId),
  });
}

/** Saves the changed fields of a contact on the phone at once and queues them (nothing to send: null). */
export function useEditContact() {
  const { capture } = useServices();
  return async (contact: Contact, fields: ContactFields) => {
    const changes = contactChanges(contact, fields);
    if (Object.keys(changes).length === 0) return null;
    const local: Contact = { ...contact, ...(changes as Partial<Contact>), updated_at: new Date().toISOString() };
    return capture({ record: { kind: "contacts", data: local }, write: contactEditWrite(contact, changes) });
  };
}
