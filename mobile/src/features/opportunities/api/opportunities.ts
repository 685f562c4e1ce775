/** Pipelines and deals: the pulls, the stage move write, and the per-stage view of my pipeline. */
import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { LocalRecord, RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";

export type Opportunity = components["schemas"]["OpportunityRead"];
export type Pipeline = components["schemas"]["PipelineRead"];
export type Stage = components["schemas"]["StageRead"];
export type FieldSpec = components["schemas"]["FieldSpecRead"];

export const opportunitySchema: RecordSchema<Opportunity> = {
  search: (deal) => [deal.title, deal.customer_name].filter(Boolean).join(" "),
  parentId: (deal) => deal.stage_id,
  sortKey: (deal) => deal.expected_close_date,
};

export const pipelineSchema: RecordSchema<Pipeline> = {
  sortKey: (pipeline) => `${pipeline.is_default ? 0 : 1}${pipeline.name.toLowerCase()}`,
};

/** Pipelines are few and come in one answer. */
export const pipelinesSync: SyncedKind<Pipeline> = {
  kind: "pipelines",
  list: async (api) => ({ items: unwrap(await api.GET("/api/v1/pipelines")), next_cursor: null }),
};

export const opportunitiesSync: SyncedKind<Opportunity> = {
  kind: "opportunities",
  list: async (api, cursor) =>
    unwrap(
      await api.GET("/api/v1/opportunities", {
        params: { query: { limit: 200, cursor: cursor ?? undefined, sort: "expected_close_date" } },
      }),
    ),
};

/** Adds exact decimal strings ("1250.50") without floating point: money is never approximated. */
export function sumAmounts(amounts: string[]): string {
  const SCALE = 4;
  const total = amounts.reduce((sum, amount) => {
    const [whole = "0", fraction = ""] = amount.split(".");
    const negative = whole.startsWith("-");
    const units = BigInt(`${whole.replace("-", "")}${fraction.padEnd(SCALE, "0").slice(0, SCALE)}`);
    return sum + (negative ? -units : units);
  }, 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(SCALE + 1, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -SCALE)}.${digits.slice(-SCALE, -SCALE + 2)}`;
}

/** What a stage's deals add up to in one currency: amounts are never converted, so never added across currencies. */
export interface CurrencyTotal {
  currency: string;
  deals: number;
  total: string;
  weighted: string;
}

export interface StageColumn {
  stage: Stage;
  deals: LocalRecord<Opportunity>[];
  /** One line per currency, the one with the most deals first (as on the web board). */
  totals: CurrencyTotal[];
}

export function totalsByCurrency(deals: Pick<Opportunity, "amount" | "weighted_amount" | "currency">[]): CurrencyTotal[] {
  const byCurrency = new Map<string, Pick<Opportunity, "amount" | "weighted_amount">[]>();
  for (const deal of deals) byCurrency.set(deal.currency, [...(byCurrency.get(deal.currency) ?? []), deal]);
  return [...byCurrency.entries()]
    .map(([currency, inCurrency]) => ({
      currency,
      deals: inCurrency.length,
      total: sumAmounts(inCurrency.map((deal) => deal.amount)),
      weighted: sumAmounts(inCurrency.map((deal) => deal.weighted_amount)),
    }))
    .sort((a, b) => b.deals - a.deals || a.currency.localeCompare(b.currency));
}

/** The open stages of a pipeline in order, each with its deals and their sums per currency. */
export function boardOf(pipeline: Pipeline, deals: LocalRecord<Opportunity>[]): StageColumn[] {
  return [...pipeline.stages]
    .filter((stage) => stage.kind === "open")
    .sort((a, b) => a.position - b.position)
    .map((stage) => {
      const inStage = deals.filter(({ data }) => data.stage_id === stage.id && data.status === "open");
      return { stage, deals: inStage, totals: totalsByCurrency(inStage.map(({ data }) => data)) };
    });
}

export interface MoveInput {
  stage: Stage;
  details: Record<string, string>;
}

export function moveWrite(deal: Opportunity, { stage, details }: MoveInput) {
  return {
    kind: "opportunities.move",
    label: `Move "${deal.title}" to ${stage.name}`,
    method: "POST" as const,
    path: `/api/v1/opportunities/${deal.id}/move`,
    body: { stage_id: stage.id, details },
    entityKind: "opportunities",
    entityId: deal.id,
  };
}

function openStages(pipeline: Pick<Pipeline, "stages">): Stage[] {
  return [...pipeline.stages].sort((a, b) => a.position - b.position).filter((stage) => stage.kind === "open");
}

/** The open stages strictly between `fromId` and `target` when the target is an open stage after it. */
export function stagesBetween(pipeline: Pick<Pipeline, "stages">, fromId: string | null | undefined, target: Stage): Stage[] {
  const open = openStages(pipeline);
  const a = open.findIndex((stage) => stage.id === fromId);
  const b = open.findIndex((stage) => stage.id === target.id);
  return a >= 0 && b > a ? open.slice(a + 1, b) : [];
}

const asksForDetails = (stage: Stage) => stage.required_fields.some((field) => field.required);

/**
 * A jump forward (decision 0013): the stages it goes past that ask for details
 * get them in the same move (those the deal holds already count); the others are
 * recorded as skipped.
 */
export function passage(deal: Opportunity, gonePast: Stage[]): { fields: (FieldSpec & { stage: string })[]; skipped: Stage[] } {
  const fields = gonePast
    .filter(asksForDetails)
    .flatMap((stage) =>
      stage.required_fields.filter((field) => field.required && !(field.key in deal.details)).map((field) => ({ ...field, stage: stage.name })),
    );
  return { fields, skipped: gonePast.filter((stage) => !asksForDetails(stage)) };
}

/** The deal's skipped stages once in `target` (an open stage), as the server keeps them. */
function skippedAfter(pipeline: Pick<Pipeline, "stages">, deal: Opportunity, target: Stage, gonePast: Stage[]): string[] {
  const open = openStages(pipeline);
  const before = open.slice(0, Math.max(0, open.findIndex((stage) => stage.id === target.id)));
  const passed = new Set(gonePast.filter(asksForDetails).map((stage) => stage.id));
  const wanted = new Set([...(deal.skipped_stage_ids ?? []).filter((id) => !passed.has(id)), ...gonePast.filter((stage) => !asksForDetails(stage)).map((stage) => stage.id)]);
  return before.filter((stage) => wanted.has(stage.id)).map((stage) => stage.id);
}

/** The deal as it will look after the move, shown until the server answers. */
export function movedLocally(deal: Opportunity, { stage, details }: MoveInput, pipeline?: Pick<Pipeline, "stages">): Opportunity {
  const status = stage.kind === "open" ? "open" : stage.kind;
  const gonePast = pipeline ? stagesBetween(pipeline, deal.stage_id, stage) : [];
  return {
    ...deal,
    stage_id: stage.id,
    status,
    probability: stage.probability,
    details: { ...deal.details, ...details },
    skipped_stage_ids: pipeline && stage.kind === "open" ? skippedAfter(pipeline, deal, stage, gonePast) : deal.skipped_stage_ids,
    closed_from_stage_id: stage.kind === "open" ? deal.closed_from_stage_id : deal.stage_id,
    lost_reason: stage.kind === "lost" ? (details.lost_reason ?? null) : deal.lost_reason,
    competitor: stage.kind === "lost" ? (details.competitor ?? null) : deal.competitor,
  };
}

/** Where a reopen goes: the open stage the deal closed from, else the first open stage. */
export function reopenStage(deal: Opportunity, pipeline: Pick<Pipeline, "stages">): Stage | undefined {
  const open = openStages(pipeline);
  return open.find((stage) => stage.id === deal.closed_from_stage_id) ?? open[0];
}

export interface ReopenInput {
  stage: Stage;
  reason: string;
}

export function reopenWrite(deal: Opportunity, { stage, reason }: ReopenInput) {
  return {
    kind: "opportunities.reopen",
    label: `Reopen "${deal.title}" in ${stage.name}`,
    method: "POST" as const,
    path: `/api/v1/opportunities/${deal.id}/reopen`,
    body: { stage_id: stage.id, details: {}, ...(reason.trim() ? { reason: reason.trim() } : {}) },
    entityKind: "opportunities",
    entityId: deal.id,
  };
}

/** The deal reopened, shown until the server answers (it keeps no loss once open). */
export function reopenedLocally(deal: Opportunity, { stage }: ReopenInput): Opportunity {
  return {
    ...deal,
    stage_id: stage.id,
    status: "open",
    probability: stage.probability,
    closed_at: null,
    closed_from_stage_id: null,
    lost_reason: null,
    competitor: null,
  };
}

export type StepState = "done" | "skipped" | "current" | "ahead";

/** Each open stage's state on the deal's path, as the web's stage bar draws it. */
export function stageStates(deal: Opportunity, pipeline: Pick<Pipeline, "stages">): { stage: Stage; state: StepState }[] {
  const open = openStages(pipeline);
  // A copy pulled before the API had the field has none: nothing known as skipped.
  const skipped = new Set(deal.skipped_stage_ids ?? []);
  let reached: number;
  if (deal.status === "open") reached = open.findIndex((stage) => stage.id === deal.stage_id);
  else {
    const from = open.findIndex((stage) => stage.id === deal.closed_from_stage_id);
    reached = from >= 0 ? from + 1 : deal.status === "won" ? open.length : 0;
  }
  return open.map((stage, i) => ({
    stage,
    state: i < reached ? (skipped.has(stage.id) ? "skipped" : "done") : i === reached && deal.status === "open" ? "current" : "ahead",
  }));
}

/** What a move into the stage asks for: its required fields, and the reason when it is a loss. */
export function fieldsFor(stage: Stage): FieldSpec[] {
  if (stage.kind !== "lost") return stage.required_fields;
  return [
    ...stage.required_fields,
    { key: "lost_reason", label: "Why was it lost?", type: "text", required: true },
    { key: "competitor", label: "Competitor (optional)", type: "text", required: false },
  ];
}
