/** The read-only duplicate check a capture form calls while the engineer types. */
import { unwrap, type ApiClient } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";

export type DuplicateCandidate = components["schemas"]["DuplicateCandidate"];
export interface DuplicateInput {
  email?: string;
  phone?: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** What is worth checking: a whole email, a phone with 8+ digits (the API compares the last 10); null when nothing. */
export function duplicateInput(email: string, phone: string): DuplicateInput | null {
  const input: DuplicateInput = {};
  if (EMAIL.test(email.trim())) input.email = email.trim().toLowerCase();
  if (phone.replace(/\D/g, "").length >= 8) input.phone = phone.trim();
  return input.email || input.phone ? input : null;
}

export async function checkDuplicates(
  api: ApiClient,
  input: DuplicateInput,
  signal: AbortSignal,
): Promise<DuplicateCandidate[]> {
  const answer = unwrap(await api.GET("/api/v1/leads/duplicates", { params: { query: input }, signal }));
  return Array.isArray(answer?.candidates) ? answer.candidates : [];
}

const KINDS: Record<string, string> = { lead: "lead", customer: "customer", contact: "contact" };
const FIELDS: Record<string, string> = { email: "email", phone: "phone", tax_id: "GSTIN" };

/** One line per twin: its name when the engineer may see it, else only what kind of record matches. */
export function candidateLine(c: DuplicateCandidate): string {
  const kind = KINDS[c.kind] ?? c.kind;
  const field = FIELDS[c.match_field] ?? c.match_field;
  if (!c.visible || !c.name) return `A ${kind} you cannot see has the same ${field}.`;
  return `${kind[0]!.toUpperCase()}${kind.slice(1)} ${c.name} has the same ${field}.`;
}
