/**
 * Wires the offline machinery once for the whole app: the SQLite database, the
 * session, the typed API client, the outbox and the sync engine. Screens reach
 * them through `useServices()`; features describe their records, pulls and
 * answers, and the root layout hands those in.
 */
import NetInfo from "@react-native-community/netinfo";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { AppState } from "react-native";

import { createApiClient, type ApiClient } from "../api/client";
import { AuthManager, type SessionStorage } from "../auth/auth-manager";
import { LocalRecords, type PutOptions, type RecordKind } from "../local-records";
import type { SqlDatabase } from "../sql";
import { SyncEngine } from "./engine";
import { Outbox, type WriteRequest } from "./outbox";
import { SqlOutboxStore } from "./outbox-store";
import type { OutboxItem, OutboxResponse, Transport } from "./outbox-types";
import { pullAll, type Puller } from "./pull";
import { createTransport } from "./transport";

/** How each kind of record is indexed locally (search text, sort key, parent). */
export type RecordSchemas = Partial<Record<RecordKind, PutOptions<any>>>;

/** A feature's own handling of the server's answer to one kind of write. */
export type Applier = (item: OutboxItem, response: OutboxResponse, services: Services) => Promise<void>;

export interface SyncConfig {
  schemas: RecordSchemas;
  pullers: Puller[];
  appliers: Record<string, Applier>;
}

export interface Capture<T extends { id: string }> {
  /** The record as it should look at once, before the server answers. */
  record?: { kind: RecordKind; data: T };
  write: WriteRequest;
}

export interface Services {
  auth: AuthManager;
  api: () => ApiClient;
  records: LocalRecords;
  outbox: Outbox;
  engine: SyncEngine;
  schemas: RecordSchemas;
  capture<T extends { id: string }>(capture: Capture<T>): Promise<OutboxItem>;
  /** Re-reads every screen's data from the local records. */
  refreshViews(): void;
}

const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}

const LAST_SYNC_KEY = "last_sync_at";

export interface ServicesDependencies {
  openDatabase: () => Promise<SqlDatabase>;
  sessionStorage: SessionStorage;
  newId: () => string;
  fetcher?: typeof fetch;
  transport?: (auth: AuthManager) => Transport;
}

export async function createServices(
  dependencies: ServicesDependencies,
  config: SyncConfig,
  refreshViews: () => void,
): Promise<Services> {
  const db = await dependencies.openDatabase();
  const records = new LocalRecords(db);
  const auth = new AuthManager(dependencies.sessionStorage, dependencies.fetcher);
  await auth.restore();
  const api = createApiClient(auth);
  const services = {} as Services;

  const outbox = new Outbox({
    store: new SqlOutboxStore(db),
    transport: (dependencies.transport ?? createTransport)(auth),
    newId: dependencies.newId,
    async onApplied(item, response) {
      const applier = config.appliers[item.kind];
      if (applier) return applier(item, response, services);
      const body = response.body as { id?: unknown } | null;
      if (!item.entityKind || !body || typeof body.id !== "string") return;
      const kind = item.entityKind as RecordKind;
      const stillQueued = outbox.getSnapshot().some((other) => other.entityId === item.entityId && other.id !== item.id);
      await records.put(kind, [body as { id: string }], { ...config.schemas[kind], pending: stillQueued });
    },
    async onDiscarded(item) {
      if (!item.entityKind || !item.entityId) return;
      const local = await records.get(item.entityKind as RecordKind, item.entityId);
      // A record that only ever existed on the phone goes away with its create.
      if (local?.isPending && item.kind.endsWith(".create")) await records.remove(item.entityKind as RecordKind, item.entityId);
      refreshViews();
    },
    async resolveVersion(entityKind, entityId) {
      const local = await records.get<{ version?: number }>(entityKind as RecordKind, entityId);
      return local?.data.version !== undefined ? String(local.data.version) : null;
    },
  });

  const engine = new SyncEngine({
    outbox,
    pull: () => pullAll(config.pullers, { api: api(), records }),
    onChange: refreshViews,
    loadLastSyncAt: async () => Number((await records.getMeta(LAST_SYNC_KEY)) ?? "") || null,
    saveLastSyncAt: (at) => records.setMeta(LAST_SYNC_KEY, String(at)),
  });

  Object.assign(services, {
    auth,
    api,
    records,
    outbox,
    engine,
    schemas: config.schemas,
    refreshViews,
    async capture<T extends { id: string }>({ record, write }: Capture<T>) {
      if (record) await records.put(record.kind, [record.data], { ...config.schemas[record.kind], pending: true });
      const item = await outbox.enqueue(write);
      refreshViews();
      engine.kick();
      return item;
    },
  } satisfies Services);
  await engine.start();
  return services;
}

/** Provides services built elsewhere (tests build them on an in-memory database). */
export function ProvideServices({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function ServicesProvider({
  dependencies,
  config,
  fallback,
  children,
}: {
  dependencies: ServicesDependencies;
  config: SyncConfig;
  fallback: ReactNode;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [services, setServices] = useState<Services | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void createServices(dependencies, config, () => void queryClient.invalidateQueries()).then(setServices);
  }, [dependencies, config, queryClient]);

  useEffect(() => {
    if (!services) return;
    const { engine } = services;
    // Reachability probes would call a third-party host; the outbox's own failures tell us enough.
    NetInfo.configure({ reachabilityShouldRun: () => false });
    const unsubscribeNet = NetInfo.addEventListener((state) => engine.setOnline(state.isConnected !== false));
    const appState = AppState.addEventListener("change", (next) => {
      if (next === "active" && services.auth.session) void engine.sync();
    });
    if (services.auth.session) void engine.sync();
    return () => {
      unsubscribeNet();
      appState.remove();
      engine.stop();
    };
  }, [services]);

  if (!services) return <>{fallback}</>;
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}
