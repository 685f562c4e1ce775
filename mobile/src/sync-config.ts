/**
 * What each feature contributes to the offline store: how its records are indexed,
 * loaded and answered. The app's root layout and the contract test against the
 * real API use this one configuration.
 */
import { activitiesSync, activitySchema } from "@/features/activities/api/activities";
import {
  contactSchema,
  contactsSync,
  customerSchema,
  customersSync,
  timelineSchema,
} from "@/features/customers/api/customers";
import { convertApplier, leadSchema, leadsSync } from "@/features/leads/api/leads";
import {
  opportunitiesSync,
  opportunitySchema,
  pipelineSchema,
  pipelinesSync,
} from "@/features/opportunities/api/opportunities";
import type { SyncConfig } from "@/lib/sync/sync-provider";

export const syncConfig: SyncConfig = {
  schemas: {
    customers: customerSchema,
    contacts: contactSchema,
    timeline: timelineSchema,
    leads: leadSchema,
    opportunities: opportunitySchema,
    pipelines: pipelineSchema,
    activities: activitySchema,
  },
  // The order a first sync loads them in: pipelines before the deals drawn on them.
  kinds: [pipelinesSync, customersSync, contactsSync, leadsSync, opportunitiesSync, activitiesSync],
  appliers: { "leads.convert": convertApplier },
};
