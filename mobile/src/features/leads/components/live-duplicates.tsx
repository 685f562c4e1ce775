import { Notice } from "@/components/ui";

import { candidateLine, type DuplicateCandidate } from "../api/duplicates";

/** Twins found while typing: a hint by the fields, which does not move the focus. */
export function LiveDuplicates({ candidates }: { candidates: DuplicateCandidate[] }) {
  if (candidates.length === 0) return null;
  return (
    <Notice
      title="Possible duplicate"
      detail={[...candidates.map(candidateLine), "Open the existing record, or go on if this is someone else."].join("\n")}
      tone="warning"
      testID="lead-live-duplicates"
    />
  );
}
