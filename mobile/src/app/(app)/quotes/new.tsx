import { useRouter } from "expo-router";

import { Screen } from "@/components/ui";
import { BuildQuote } from "@/features/quotes/components/build-quote";

export default function NewQuoteScreen() {
  const router = useRouter();
  return (
    <Screen>
      <BuildQuote onSaved={(quoteId) => router.replace({ pathname: "/quotes/[quoteId]", params: { quoteId } })} />
    </Screen>
  );
}
