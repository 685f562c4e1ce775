import { useState } from "react";
import { View } from "react-native";

import { Button, ChoiceChips, TextField } from "@/components/ui";

import type { Contact, ContactFields } from "../api/customers";

type Channel = NonNullable<ContactFields["preferred_channel"]>;

const CHANNELS: { value: Channel; label: string }[] = [
  { value: "phone", label: "Phone" },
  { value: "email", label: "Email" },
  { value: "whatsapp", label: "WhatsApp" },
  { value: "sms", label: "SMS" },
  { value: "visit", label: "Visit" },
];

/** A new contact, or (given `contact`) the one to edit, its fields filled in. */
export function ContactForm({
  contact,
  submitLabel = "Save contact",
  onSubmit,
}: {
  contact?: Contact;
  submitLabel?: string;
  onSubmit: (input: ContactFields) => Promise<void>;
}) {
  const [name, setName] = useState(contact?.name ?? "");
  const [title, setTitle] = useState(contact?.title ?? "");
  const [phone, setPhone] = useState(contact?.phone ?? "");
  const [email, setEmail] = useState(contact?.email ?? "");
  const [channel, setChannel] = useState<Channel>(contact?.preferred_channel ?? "phone");
  const [busy, setBusy] = useState(false);
  const emailInvalid = email.trim() !== "" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim());

  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        title: title.trim() || null,
        phone: phone.trim() || null,
        email: email.trim() || null,
        preferred_channel: channel,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <TextField label="Name" value={name} onChangeText={setName} testID="contact-name" />
      <TextField label="Title" value={title} onChangeText={setTitle} testID="contact-title" />
      <TextField label="Phone" value={phone} onChangeText={setPhone} keyboardType="phone-pad" testID="contact-phone" />
      <TextField
        label="Email"
        value={email}
        onChangeText={setEmail}
        autoCapitalize="none"
        keyboardType="email-address"
        error={emailInvalid ? "Not a valid email address" : null}
        testID="contact-email"
      />
      <ChoiceChips label="Preferred channel" choices={CHANNELS} value={channel} onChange={setChannel} testID="contact-channel" />
      <Button label={submitLabel} busy={busy} disabled={!name.trim() || emailInvalid} onPress={submit} testID="save-contact" />
    </View>
  );
}
