import { WriteProblem } from "@/components/write-problem";
import { useFormWrite } from "@/lib/sync/hooks";

import { useCaptureLead } from "../hooks/use-leads";
import { LeadForm } from "./lead-form";

/**
 * The lead form with its write: `onCaptured` once the server took the lead or the
 * phone keeps it for later (offline); a refusal (e.g. a possible duplicate) stays
 * on the form, next to the Save button, with Save anyway and Discard.
 */
export function CaptureLead({ onCaptured }: { onCaptured: (leadId: string) => void }) {
  const captureLead = useCaptureLead();
  const write = useFormWrite();
  return (
    <LeadForm
      onSubmit={async (input) => {
        let leadId = "";
        const refused = await write.submit(async () => {
          const captured = await captureLead(input);
          leadId = captured.id;
          return captured.item;
        });
        if (!refused) onCaptured(leadId);
      }}
      problem={
        write.problem ? (
          <WriteProblem
            item={write.problem}
            onResolved={(how) => {
              const leadId = write.problem?.entityId;
              write.clear();
              if (how === "sent" && leadId) onCaptured(leadId);
            }}
          />
        ) : null
      }
    />
  );
}
