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
import {
  priceListSchema,
  priceListsSync,
  productSchema,
  productsSync,
  taxCategoriesSync,
  taxCategorySchema,
} from "@/features/quotes/api/catalogue";
import {
  expenseLineSchema,
  expenseLinesSync,
  expenseReportSchema,
  expenseReportsSync,
} from "@/features/expenses/api/expenses";
import { dutyDaysSync, dutyDaySchema } from "@/features/field/api/duty";
import { todoDeleteApplier, todoSchema, todosSync } from "@/features/field/api/todos";
import { visitReportSchema, visitReportsSync, visitSchema, visitsSync } from "@/features/field/api/visits";
import { quoteSchema, quotesSync } from "@/features/quotes/api/quotes";
import { salesOrderSchema, salesOrdersSync } from "@/features/sales-orders/api/sales-orders";
import { UPLOAD_KIND, uploadAnswered, uploadDiscarded } from "@/lib/files/uploads";
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
    products: productSchema,
    tax_categories: taxCategorySchema,
    price_lists: priceListSchema,
    quotes: quoteSchema,
    sales_orders: salesOrderSchema,
    duty_days: dutyDaySchema,
    visits: visitSchema,
    visit_reports: visitReportSchema,
    todos: todoSchema,
    expense_reports: expenseReportSchema,
    expense_lines: expenseLineSchema,
  },
  // The order a first sync loads them in: pipelines before the deals drawn on them.
  kinds: [
    pipelinesSync,
    customersSync,
    contactsSync,
    leadsSync,
    opportunitiesSync,
    activitiesSync,
    productsSync,
    taxCategoriesSync,
    priceListsSync,
    quotesSync,
    // The orders accepted quotes made (and any other of the engineer's), kept current by the feed.
    salesOrdersSync,
    // Field work comes from the change feed's start: duty days, the route, reports, to-dos.
    dutyDaysSync,
    visitsSync,
    visitReportsSync,
    todosSync,
    // Expense reports and their lines, from the feed's start too (the list has no lines).
    expenseReportsSync,
    expenseLinesSync,
  ],
  appliers: {
    "leads.convert": convertApplier,
    "todos.delete": todoDeleteApplier,
    // A photo or receipt reached the server: its bytes leave the phone, its description stays.
    [UPLOAD_KIND]: (_records, item, response, tx) => uploadAnswered(tx, item, response),
  },
  reverters: { [UPLOAD_KIND]: uploadDiscarded },
};
