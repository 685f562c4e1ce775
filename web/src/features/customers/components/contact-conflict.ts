import type { ConflictSetup } from '@/components/forms/conflict-types'
import type { Contact } from '../api/get-customer'
import { getContact, useUpdateContact, type ContactUpdate } from '../api/save-contact'

export const CONTACT_CHANNELS = ['phone', 'email', 'sms', 'whatsapp', 'visit'] as const
export type Channel = (typeof CONTACT_CHANNELS)[number]

export const channelLabel = (c: string) => (c === 'sms' ? 'SMS' : c[0]!.toUpperCase() + c.slice(1))

export interface ContactFormValues {
  name: string
  title: string
  email: string
  phone: string
  preferred_channel: Channel
  email_opt_in: boolean
  sms_opt_in: boolean
  is_primary: boolean
}

export function contactToValues(contact?: Contact): ContactFormValues {
  return {
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    preferred_channel: (contact?.preferred_channel ?? 'phone') as Channel,
    email_opt_in: contact?.email_opt_in ?? false,
    sms_opt_in: contact?.sms_opt_in ?? false,
    is_primary: contact?.is_primary ?? false,
  }
}

/** The fields as the request body carries them: trimmed, null for empty. */
export function contactComparable(v: ContactFormValues) {
  return {
    ...v,
    name: v.name.trim(),
    title: v.title.trim() || null,
    email: v.email.trim() || null,
    phone: v.phone.trim() || null,
  }
}

/** How the contact edit resolves a 412: its fields, labelled as in the form. */
export function useContactConflict(customerId: string, contactId: string, onSaved: () => void): ConflictSetup<ContactFormValues> {
  const update = useUpdateContact(customerId)
  return {
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'title', label: 'Title' },
      { key: 'email', label: 'Email' },
      { key: 'phone', label: 'Phone' },
      { key: 'preferred_channel', label: 'Preferred channel', format: (v) => channelLabel(String(v)) },
      { key: 'is_primary', label: 'Primary contact' },
      { key: 'email_opt_in', label: 'Email consent' },
      { key: 'sms_opt_in', label: 'SMS consent' },
    ],
    comparable: contactComparable,
    latest: async () => {
      const { data, etag } = await getContact(customerId, contactId)
      return { values: contactComparable(contactToValues(data)), etag }
    },
    save: (body, etag) => update.mutateAsync({ contactId, etag, body: body as ContactUpdate }),
    onSaved,
  }
}
