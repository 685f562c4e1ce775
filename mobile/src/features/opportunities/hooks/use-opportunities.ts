import { useQuery } from "@tanstack/react-query";

import { useServices } from "@/lib/sync/sync-provider";

import {
  boardOf,
  movedLocally,
  moveWrite,
  reopenedLocally,
  reopenWrite,
  type MoveInput,
  type Opportunity,
  type Pipeline,
  type ReopenInput,
} from "../api/opportunities";

/** My deals in the default pipeline, stage by stage, from the local copy. */
export function useMyPipeline() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["opportunities", "board"],
    queryFn: async () => {
      const pipelines = await records.list<Pipeline>("pipelines");
      const pipeline = pipelines.find(({ data }) => data.is_default)?.data ?? pipelines[0]?.data ?? null;
      if (!pipeline) return null;
      const deals = await records.list<Opportunity>("opportunities");
      return { pipeline, columns: boardOf(pipeline, deals.filter(({ data }) => data.pipeline_id === pipeline.id)) };
    },
  });
}

export function useOpportunity(opportunityId: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["opportunities", "detail", opportunityId],
    queryFn: async () => {
      const deal = await records.get<Opportunity>("opportunities", opportunityId);
      const pipeline = deal ? await records.get<Pipeline>("pipelines", deal.data.pipeline_id) : null;
      return { deal, pipeline: pipeline?.data ?? null };
    },
  });
}

export function useMoveOpportunity() {
  const { capture } = useServices();
  return (deal: Opportunity, move: MoveInput, pipeline?: Pipeline) =>
    capture({ record: { kind: "opportunities", data: movedLocally(deal, move, pipeline) }, write: moveWrite(deal, move) });
}

/** Reopens a won or lost deal through the outbox (offline too), shown open until the server answers. */
export function useReopenOpportunity() {
  const { capture } = useServices();
  return (deal: Opportunity, reopen: ReopenInput) =>
    capture({ record: { kind: "opportunities", data: reopenedLocally(deal, reopen) }, write: reopenWrite(deal, reopen) });
}
