import { WriteProblem } from "@/components/write-problem";
import { useFormWrite } from "@/lib/sync/hooks";
import { useServices } from "@/lib/sync/sync-provider";

import { useCreateQuote } from "../hooks/use-quotes";
import { QuoteBuilder } from "./quote-builder";

/**
 * The builder with its write: `onSaved` once the server took the quote or the phone
 * keeps it for later (offline); a refusal (the server's field errors) stays on the
 * form, next to the Save buttons, with Discard.
 */
export function BuildQuote({ onSaved }: { onSaved: (quoteId: string) => void }) {
  const createQuote = useCreateQuote();
  const write = useFormWrite();
  const { outbox } = useServices();
  return (
    <QuoteBuilder
      onSubmit={async (built) => {
        let quoteId = "";
        const refused = await write.submit(async () => {
          const created = await createQuote(built);
          quoteId = created.id;
          return created.item;
        });
        if (!refused) onSaved(quoteId);
      }}
      problem={
        write.problem ? (
          <WriteProblem
            item={write.problem}
            onResolved={(how) => {
              const quoteId = write.problem?.entityId;
              write.clear();
              if (how === "sent" && quoteId) onSaved(quoteId);
              // A discarded quote takes its queued submit with it.
              if (how === "discarded" && quoteId) {
                const waiting = outbox.getSnapshot().filter((item) => item.entityId === quoteId);
                void Promise.all(waiting.map((item) => outbox.discard(item.id)));
              }
            }}
          />
        ) : null
      }
    />
  );
}
