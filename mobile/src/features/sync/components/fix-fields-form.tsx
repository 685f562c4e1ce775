import { useState } from "react";
import { View } from "react-native";

import { Button, TextField } from "@/components/ui";
import type { OutboxItem } from "@/lib/sync/outbox-types";

/**
 * After a 422: the fields the server named, each with its message and the value
 * that was sent, to correct and send again.
 */
export function FixFieldsForm({ item, onSubmit }: { item: OutboxItem; onSubmit: (body: unknown) => void }) {
  const body = (item.body ? JSON.parse(item.body) : {}) as Record<string, unknown>;
  const fields = (item.lastError?.fieldErrors ?? []).filter((error) => error.field && !error.field.includes("."));
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((error) => [error.field, body[error.field] == null ? "" : String(body[error.field])])),
  );
  if (fields.length === 0) return null;
  return (
    <View>
      {fields.map((error) => (
        <TextField
          key={error.field}
          label={error.field.replace(/_/g, " ")}
          value={values[error.field] ?? ""}
          error={error.message}
          autoCapitalize="none"
          onChangeText={(text) => setValues((previous) => ({ ...previous, [error.field]: text }))}
        />
      ))}
      <Button
        label="Send corrected"
        onPress={() => {
          const fixed = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim() || null]));
          onSubmit({ ...body, ...fixed });
        }}
      />
    </View>
  );
}
