import { currentPosition } from "@/lib/location";
import { pingAtEvent } from "@/lib/location-pings";
import type { LocalRecord } from "@/lib/local-records";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useServices } from "@/lib/sync/sync-provider";

import { acceptedLocally, acceptWrite, sendWrite, sentLocally } from "../api/accept";
import type { LocalQuote } from "../api/quotes";

/**
 * The customer accepted: the quote shows as accepted at once and the acceptance waits
 * in the outbox until the server takes it (and makes the order). An approved quote not
 * yet sent is marked sent by a write queued ahead of it; the acceptance waits behind
 * that one, and behind its refusal too.
 */
export function useAcceptQuote() {
  const services = useServices();
  return async (record: LocalRecord<LocalQuote>, chosenIds: string[]): Promise<OutboxItem> => {
    const position = await currentPosition();
    const location = position ? { lat: position.latitude, lon: position.longitude, accuracy_m: position.accuracy } : null;
    let quote = record.data;
    if (quote.status === "approved" && !quote.send_queued) {
      quote = sentLocally(quote);
      await services.capture({ record: { kind: "quotes", data: quote }, write: sendWrite(quote) });
    }
    const item = await services.capture({
      record: { kind: "quotes", data: acceptedLocally(quote, chosenIds, location) },
      write: acceptWrite(quote, chosenIds, location),
    });
    // A key event on duty: the order's place on the day's route (never holds up the capture).
    if (position) void pingAtEvent(services, "order", position);
    return item;
  };
}

/** The engineer handed the approved quote to the customer. */
export function useMarkQuoteSent() {
  const { capture } = useServices();
  return async (record: LocalRecord<LocalQuote>) => {
    await capture({ record: { kind: "quotes", data: sentLocally(record.data) }, write: sendWrite(record.data) });
  };
}
