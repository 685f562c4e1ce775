import { useState } from "react";
import { View } from "react-native";

import { Button, ChoiceChips, TextField } from "@/components/ui";

import type { ContactInput } from "../api/customers";

type Channel = NonNullable<ContactInput["preferred_channel"]>;

const CHANNELS: { value: Channel; label: string }[] = [
  { value: "phone", label: "Phone" },
  { value: "email", label: "Email" },
  { value: "whatsapp", label: "WhatsApp" },
  { value: "sms", label: "SMS" },
  { value: "visit", label: "Visit" },
];

export function ContactForm({ onSubmit }: { onSubmit: (input: Omit<ContactInput, "id">) => Promise<void> }) {
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [channel, setChannel] = useState<Channel>("phone");
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
      <TextField label="Title" value={title} onChangeText={setTitle} />
      <TextField label="Phone" value={phone} onChangeText={setPhone} keyboardType="phone-pad" />
      <TextField
        label="Email"
        value={email}
        onChangeText={setEmail}
        autoCapitalize="none"
        keyboardType="email-address"
        error={emailInvalid ? "Not a valid email address" : null}
      />
      <ChoiceChips label="Preferred channel" choices={CHANNELS} value={channel} onChange={setChannel} />
      <Button label="Save contact" busy={busy} disabled={!name.trim() || emailInvalid} onPress={submit} testID="save-contact" />
    </View>
  );
}
