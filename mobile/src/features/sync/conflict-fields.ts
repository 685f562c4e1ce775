import { formatDate, formatDateTime, formatMoney } from "@/lib/format";

/**
 * How each kind of record names and shows its fields when a refused edit is
 * compared with what someone else saved. Fields not named here get their key
 * in words and their value as text.
 */
type Format = "money" | "date" | "datetime";

interface FieldDeclaration {
  label: string;
  format?: Format;
}

const MONEY = (label: string): FieldDeclaration => ({ label, format: "money" });

const FIELDS: Record<string, Record<string, FieldDeclaration>> = {
  leads: {
    person_name: { label: "Name" },
    company_name: { label: "Company" },
    estimated_value: MONEY("Estimated value"),
    product_interest: { label: "Interested in" },
    campaign_ref: { label: "Campaign" },
  },
  customers: {
    legal_name: { label: "Legal name" },
    credit_limit: MONEY("Credit limit"),
    payment_terms_days: { label: "Payment terms (days)" },
    segment_tags: { label: "Segments" },
    email_opt_in: { label: "Email opt-in" },
    sms_opt_in: { label: "SMS opt-in" },
  },
  opportunities: {
    amount: MONEY("Amount"),
    expected_close_date: { label: "Expected close", format: "date" },
    probability: { label: "Probability (%)" },
  },
  contacts: {
    preferred_channel: { label: "Preferred channel" },
    is_primary: { label: "Primary contact" },
  },
  activities: {
    starts_at: { label: "Starts", format: "datetime" },
    ends_at: { label: "Ends", format: "datetime" },
    due_at: { label: "Due", format: "datetime" },
    reminder_at: { label: "Reminder", format: "datetime" },
  },
};

const inWords = (key: string) => {
  const words = key.replace(/_id$/, "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function fieldLabel(entityKind: string | null, key: string): string {
  return FIELDS[entityKind ?? ""]?.[key]?.label ?? inWords(key);
}

/** One side's value as the person reads it; `record` is that side's whole record (a money field's currency). */
export function formatField(entityKind: string | null, key: string, value: unknown, record: Record<string, unknown>): string {
  if (value === null || value === undefined || value === "") return "—";
  switch (FIELDS[entityKind ?? ""]?.[key]?.format) {
    case "money":
      return formatMoney(String(value), typeof record.currency === "string" ? record.currency : null);
    case "date":
      return formatDate(String(value));
    case "datetime":
      return formatDateTime(String(value));
    default:
      break;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(", ") || "—";
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).filter((part) => part !== null && part !== "").join(", ") || "—";
  return String(value);
}
