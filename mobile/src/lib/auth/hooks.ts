import { useSyncExternalStore } from "react";

import { useServices } from "../sync/sync-provider";
import type { AuthState } from "./auth-manager";

export function useAuthState(): AuthState {
  const { auth } = useServices();
  return useSyncExternalStore(auth.subscribe, auth.getState, auth.getState);
}
