/** Leads: the pull, the capture and status writes, and how the answers update the local copy. */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";
import type { Applier } from "@/lib/sync/sync-provider";

export type Lead = components["schemas"]["LeadRead"];
export type LeadInput = components["schemas"]["LeadCreate"];
export type LeadSource = Lead["source"];
export type LeadStatus = Lead["status"];
export type LeadConversion = components["schemas"]["LeadConversion"];
type Opportunity = components["schemas"]["OpportunityRead"];

export const LEAD_SOURCES: { value: LeadSource; label: string }[] = [
  { value: "field_visit", label: "Field visit" },
  { value: "referral", label: "Referral" },
  { value: "cold_call", label: "Cold call" },
  { value: "trade_show", label: "Trade show" },
  { value: "web", label: "Web" },
  { value: "campaign", label: "Campaign" },
];

export const STATUS_LABELS: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  disqualified: "Disqualified",
  converted: "Converted",
};

export const leadName = (lead: Pick<Lead, "person_name" | "company_name">): string =>
  [lead.person_name, lead.company_name].filter(Boolean).join(" · ") || "Unnamed lead";

export const leadSchema: RecordSchema<Lead> = {
  search: (lead) =>
    [lead.person_name, lead.company_name, lead.email, lead.phone, lead.address.city, lead.product_interest]
      .filter(Boolean)
      .join(" "),
  sortKey: (lead) => lead.captured_at,
};

export const leadsSync: SyncedKind<Lead> = {
  kind: "leads",
  list: async (api, cursor) =>
    unwrap(await api.GET("/api/v1/leads", { params: { query: { limit: 200, cursor: cursor ?? undefined } } })),
};

export function captureWrite(lead: LeadInput & { id: string }) {
  return {
    kind: "leads.create",
    label: `New lead: ${leadName(lead as Lead)}`,
    method: "POST" as const,
    path: "/api/v1/leads",
    body: lead,
    entityKind: "leads",
    entityId: lead.id,
  };
}

export type LeadAction = "contact" | "qualify" | "disqualify" | "convert";

const ACTION_LABELS: Record<LeadAction, string> = {
  contact: "Contacted",
  qualify: "Qualify",
  disqualify: "Disqualify",
  convert: "Convert",
};

/** What each action turns the lead into, shown at once while the write waits. */
export const ACTION_TARGET: Record<LeadAction, LeadStatus> = {
  contact: "contacted",
  qualify: "qualified",
  disqualify: "disqualified",
  convert: "converted",
};

/** Which actions the lead's status allows (the server's transition table). */
export function allowedActions(status: LeadStatus): LeadAction[] {
  if (status === "new") return ["contact", "disqualify", "convert"];
  if (status === "contacted") return ["qualify", "disqualify", "convert"];
  if (status === "qualified") return ["convert", "disqualify"];
  return [];
}

export function actionWrite(lead: Lead, action: LeadAction, body?: object) {
  return {
    kind: `leads.${action}`,
    label: `${ACTION_LABELS[action]}: ${leadName(lead)}`,
    method: "POST" as const,
    path: `/api/v1/leads/${lead.id}/${action}`,
    body: body ?? {},
    entityKind: "leads",
    entityId: lead.id,
  };
}

/** A conversion answers with the lead, the new customer and the new deal: keep all of them. */
export const convertApplier: Applier = async (records, item, response) => {
  const conversion = response.body as LeadConversion;
  await records.putServer("leads", [conversion.lead]);
  if (conversion.opportunity) await records.putServer<Opportunity>("opportunities", [conversion.opportunity]);
};
