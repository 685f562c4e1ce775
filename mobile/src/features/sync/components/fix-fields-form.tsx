import { useState } from "react";
import { View } from "react-native";

import { Button, TextField } from "@/components/ui";
import type { OutboxItem } from "@/lib/sync/outbox-types";

/**
 * After a 422: the fields the server named, each with its message and the value
 * that was sent, to correct and send again.
 */
type Json = Record<string, unknown>;

const read = (body: Json, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Json)[key] : undefined), body);

/** A copy of the body with `path` ("details.po_number", "lines.0.discount_percent") set; lists stay lists. */
function write(body: Json | unknown[], path: string, value: unknown): Json | unknown[] {
  const [head, ...rest] = path.split(".");
  if (!head) return body;
  const current = (body as Json)[head];
  const child = (current && typeof current === "object" ? current : {}) as Json | unknown[];
  const next = rest.length ? write(child, rest.join("."), value) : value;
  if (Array.isArray(body)) return body.map((item, index) => (String(index) === head ? next : item));
  return { ...body, [head]: next };
}

export function FixFieldsForm({ item, onSubmit }: { item: OutboxItem; onSubmit: (body: unknown) => void }) {
  const body = (item.body ? JSON.parse(item.body) : {}) as Json;
  // Only fields that are plain values can be corrected here; a whole-body error offers discard.
  const fields = (item.lastError?.fieldErrors ?? []).filter((error) => {
    const value = read(body, error.field);
    return error.field && (value === undefined || value === null || typeof value !== "object");
  });
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((error) => {
        const value = read(body, error.field);
        return [error.field, value == null ? "" : String(value)];
      }),
    ),
  );
  if (fields.length === 0) return null;
  return (
    <View>
      {fields.map((error) => (
        <TextField
          key={error.field}
          label={error.field.replace(/^details\./, "").replace(/_/g, " ")}
          value={values[error.field] ?? ""}
          error={error.message}
          autoCapitalize="none"
          onChangeText={(text) => setValues((previous) => ({ ...previous, [error.field]: text }))}
        />
      ))}
      <Button
        label="Send corrected"
        onPress={() => {
          const fixed = Object.entries(values).reduce(
            (next: Json | unknown[], [path, value]) => write(next, path, value.trim() || null),
            body,
          );
          onSubmit(fixed);
        }}
      />
    </View>
  );
}
