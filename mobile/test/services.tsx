/**
 * The app's real services (database, session, outbox, sync engine) on sql.js and
 * a fake network, for screen tests that render the way the app does.
 */
import "./preload-ui";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react-native";
import type { ReactElement } from "react";

import type { SessionStorage } from "@/lib/auth/auth-manager";
import { migrate } from "@/lib/sql";
import { createServices, ProvideServices, type Services, type SyncConfig } from "@/lib/sync/sync-provider";
import type { Transport } from "@/lib/sync/outbox-types";

import { FakeServer, sequentialIds } from "./fake-server";
import { SqlJsDatabase } from "./sql-js-database";

export const SERVER_URL = "http://api.test";

const running: Services[] = [];
afterEach(() => {
  running.splice(0).forEach((services) => services.engine.stop());
});

export function memorySessionStorage(initial: object | null): SessionStorage {
  let value = initial ? JSON.stringify(initial) : null;
  return {
    load: async () => value,
    save: async (next) => void (value = next),
    clear: async () => void (value = null),
  };
}

export const signedInSession = {
  serverUrl: SERVER_URL,
  email: "eng1@example.com",
  accessToken: "access-1",
  refreshToken: "refresh-1",
};

export async function buildServices(
  options: {
    fetcher?: typeof fetch;
    transport?: Transport;
    config?: Partial<SyncConfig>;
    signedIn?: boolean;
    now?: () => number;
    newId?: () => string;
  } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: {
      queries: { retry: false, networkMode: "always", gcTime: Infinity },
      mutations: { gcTime: Infinity },
    }, });
  const server = new FakeServer();
  const db = await SqlJsDatabase.open();
  const services = await createServices(
    {
      openDatabase: async () => {
        await migrate(db);
        return db;
      },
      sessionStorage: memorySessionStorage(options.signedIn === false ? null : signedInSession),
      newId: options.newId ?? sequentialIds(),
      fetcher: options.fetcher ?? (async () => new Response(JSON.stringify({ items: [] }), { status: 200 })),
      transport: () => options.transport ?? server.transport,
      reachable: () => server.reachable,
      now: options.now,
    },
    { schemas: {}, kinds: [], appliers: {}, ...options.config },
    () => void queryClient.invalidateQueries(),
  );
  running.push(services);
  return { services, server, db, queryClient };
}

export function renderWithServices(ui: ReactElement, services: Services, queryClient: QueryClient) {
  return render(
    <QueryClientProvider client={queryClient}>
      <ProvideServices services={services}>{ui}</ProvideServices>
    </QueryClientProvider>,
  );
}
