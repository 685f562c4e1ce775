import { useEffect } from "react";

import { pingAtEvent, pingBufferFor, pingIntervalMs } from "@/lib/location-pings";
import { useServices } from "@/lib/sync/sync-provider";

/**
 * Takes a location ping every interval while a duty day is open and the app is in
 * the foreground (no background tracking: it would need a native task). Renders nothing.
 */
export function DutyTracker({ onDuty }: { onDuty: boolean }) {
  const services = useServices();
  useEffect(() => {
    if (!onDuty) return;
    // Pings left in the buffer by an earlier run go out now.
    void pingBufferFor(services)
      .drain()
      .then((queued) => (queued.length ? services.engine.kick() : undefined))
      .catch(() => undefined);
    const timer = setInterval(() => void pingAtEvent(services, "periodic"), pingIntervalMs());
    return () => clearInterval(timer);
  }, [onDuty, services]);
  return null;
}
