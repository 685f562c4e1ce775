import { useQuery } from "@tanstack/react-query";

import { currentPosition } from "@/lib/location";
import { pingAtEvent } from "@/lib/location-pings";
import { newId } from "@/lib/random";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useServices } from "@/lib/sync/sync-provider";

import { ACTION_TARGET, actionWrite, captureWrite, type Lead, type LeadAction, type LeadInput } from "../api/leads";

export function useLeads(q: string, status: Lead["status"] | "open" | "all") {
  const { records } = useServices();
  return useQuery({
    queryKey: ["leads", "list", { q, status }],
    queryFn: async () => {
      const all = await records.list<Lead>("leads", { q, descending: true });
      if (status === "all") return all;
      if (status === "open") return all.filter(({ data }) => ["new", "contacted", "qualified"].includes(data.status));
      return all.filter(({ data }) => data.status === status);
    },
  });
}

export function useLead(leadId: string) {
  const { records } = useServices();
  return useQuery({ queryKey: ["leads", "detail", leadId], queryFn: () => records.get<Lead>("leads", leadId) });
}

export type NewLead = Omit<LeadInput, "id" | "capture_latitude" | "capture_longitude" | "captured_at">;

/** Captures a lead with where and when it happened; it shows at once and syncs later. */
export function useCaptureLead() {
  const services = useServices();
  const { capture } = services;
  return async (input: NewLead): Promise<{ id: string; item: OutboxItem }> => {
    const id = newId();
    const position = await currentPosition();
    const capturedAt = new Date().toISOString();
    const body: LeadInput & { id: string } = {
      ...input,
      id,
      captured_at: capturedAt,
      capture_latitude: position?.latitude ?? null,
      capture_longitude: position?.longitude ?? null,
    };
    const local = {
      id,
      created_at: capturedAt,
      updated_at: capturedAt,
      version: 0,
      person_name: input.person_name ?? null,
      job_title: input.job_title ?? null,
      company_name: input.company_name ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      tax_id: input.tax_id ?? null,
      industry: input.industry ?? null,
      address: {
        line1: null,
        line2: null,
        city: null,
        state: null,
        postal_code: null,
        country: "IN",
        latitude: null,
        longitude: null,
        ...input.address,
        state_code: input.address?.state_code ?? null,
      },
      source: input.source,
      campaign_ref: input.campaign_ref ?? null,
      product_interest: input.product_interest ?? null,
      estimated_value: input.estimated_value != null ? String(input.estimated_value) : null,
      currency: input.currency ?? "INR",
      notes: input.notes ?? null,
      capture_latitude: body.capture_latitude ?? null,
      capture_longitude: body.capture_longitude ?? null,
      captured_at: capturedAt,
      created_by_id: null,
      status: "new",
      status_changed_at: capturedAt,
      disqualify_reason: null,
      owner_id: null,
      territory_id: null,
      assigned_at: null,
      last_activity_at: null,
      score: 0,
      score_factors: [],
      converted_at: null,
      converted_customer_id: null,
      converted_contact_id: null,
      converted_opportunity_id: null,
    } satisfies Lead;
    const item = await capture({ record: { kind: "leads", data: local }, write: captureWrite(body) });
    // A key event on duty: a point on the route (never holds up the capture).
    if (position) void pingAtEvent(services, "lead", { latitude: position.latitude, longitude: position.longitude, accuracy: position.accuracy });
    return { id, item };
  };
}

export function useLeadAction() {
  const { capture } = useServices();
  return async (lead: Lead, action: LeadAction, body?: object) => {
    const next: Lead = {
      ...lead,
      status: ACTION_TARGET[action],
      disqualify_reason: action === "disqualify" ? ((body as { reason?: string })?.reason ?? null) : lead.disqualify_reason,
    };
    await capture({ record: { kind: "leads", data: next }, write: actionWrite(lead, action, body) });
  };
}
