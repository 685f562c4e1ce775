import { useState, type ReactNode } from "react";
import { View } from "react-native";

import { Button, ChoiceChips, Muted, TextField } from "@/components/ui";

import { LEAD_SOURCES, type LeadSource } from "../api/leads";
import { useDuplicateCheck } from "../hooks/use-duplicate-check";
import type { NewLead } from "../hooks/use-leads";
import { LiveDuplicates } from "./live-duplicates";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

export function LeadForm({
  onSubmit,
  problem,
}: {
  onSubmit: (input: NewLead) => Promise<void>;
  /** What the server said about the last save, drawn right above the Save button. */
  problem?: ReactNode;
}) {
  const [personName, setPersonName] = useState("");
  const [companyName, setCompanyName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [city, setCity] = useState("");
  const [postalCode, setPostalCode] = useState("");
  const [source, setSource] = useState<LeadSource>("field_visit");
  const [interest, setInterest] = useState("");
  const [value, setValue] = useState("");
  const [notes, setNotes] = useState("");
  const [busy, setBusy] = useState(false);
  const twins = useDuplicateCheck(email, phone);

  const emailError = email.trim() && !EMAIL.test(email.trim()) ? "Not a valid email address" : null;
  const valueError = value.trim() && !AMOUNT.test(value.trim()) ? "A number, e.g. 250000" : null;
  const named = personName.trim() || companyName.trim();

  const submit = async () => {
    setBusy(true);
    try {
      const text = (input: string) => input.trim() || null;
      await onSubmit({
        person_name: text(personName),
        company_name: text(companyName),
        phone: text(phone),
        email: text(email),
        source,
        product_interest: text(interest),
        estimated_value: text(value),
        currency: value.trim() ? "INR" : null,
        notes: text(notes),
        address: city.trim() || postalCode.trim() ? { city: text(city), postal_code: text(postalCode), country: "IN" } : null,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <TextField label="Person" value={personName} onChangeText={setPersonName} testID="lead-person" />
      <TextField label="Company" value={companyName} onChangeText={setCompanyName} testID="lead-company" />
      <TextField label="Phone" value={phone} onChangeText={setPhone} keyboardType="phone-pad" testID="lead-phone" />
      <TextField
        label="Email"
        value={email}
        onChangeText={setEmail}
        autoCapitalize="none"
        keyboardType="email-address"
        error={emailError}
        testID="lead-email"
      />
      {/* The server's answer to Save, once there, says it all: a hint arriving after it
          would push that answer out of view. */}
      {problem ? null : <LiveDuplicates candidates={twins} />}
      <ChoiceChips label="Source" choices={LEAD_SOURCES} value={source} onChange={setSource} />
      <TextField label="City" value={city} onChangeText={setCity} />
      <TextField label="Postal code" value={postalCode} onChangeText={setPostalCode} keyboardType="number-pad" />
      <TextField label="Product interest" value={interest} onChangeText={setInterest} />
      <TextField
        label="Estimated value (INR)"
        value={value}
        onChangeText={setValue}
        keyboardType="decimal-pad"
        error={valueError}
      />
      <TextField label="Notes" value={notes} onChangeText={setNotes} multiline />
      <Muted>Your current location is recorded with the lead when the phone allows it.</Muted>
      {problem}
      <View style={{ height: 12 }} />
      <Button
        label="Save lead"
        busy={busy}
        disabled={!named || !!emailError || !!valueError}
        onPress={submit}
        testID="save-lead"
      />
    </View>
  );
}
