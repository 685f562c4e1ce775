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
import { LocalRecords, type RecordKind, type RecordSchemas } from "../local-records";
import { loadUpload } from "../files/uploads";
import type { SqlDatabase, SqlExecutor } from "../sql";
import { SyncEngine } from "./engine";
import { Outbox, type WriteRequest } from "./outbox";
import { SqlOutboxStore } from "./outbox-store";
import type { LocalChange, OutboxItem, OutboxResponse, Transport } from "./outbox-types";
import { FeedPuller, type SyncedKind } from "./pull";
import { createReachability, createTransport } from "./transport";

export type { RecordSchemas };

/**
 * A feature's own handling of the server's answer to one kind of write. `records`
 * (and `tx`) are bound to the transaction that takes the write off the queue.
 */
export type Applier = (records: LocalRecords, item: OutboxItem, response: OutboxResponse, tx: SqlExecutor) => Promise<void>;

/** What giving up a kind of write undoes besides its record, in the transaction that drops it. */
export type Reverter = (tx: SqlExecutor, item: OutboxItem) => Promise<void>;

export interface SyncConfig {
  schemas: RecordSchemas;
  /** The kinds the phone keeps, in the order a first sync loads them. */
  kinds: SyncedKind[];
  appliers: Record<string, Applier>;
  reverters?: Record<string, Reverter>;
}

export interface Capture<T extends { id: string }> {
  /** The record as it should look at once, before the server answers. */
  record?: { kind: RecordKind; data: T };
  /** Anything else stored with the write, in the same transaction (a photo's bytes). */
  local?: LocalChange;
  write: WriteRequest;
}

export interface Services {
  auth: AuthManager;
  api: () => ApiClient;
  db: SqlDatabase;
  records: LocalRecords;
  outbox: Outbox;
  engine: SyncEngine;
  schemas: RecordSchemas;
  /** Stores the record change and queues its write in one transaction, then starts sending. */
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
  reachable?: (auth: AuthManager) => () => Promise<boolean>;
  now?: () => number;
}

export async function createServices(
  dependencies: ServicesDependencies,
  config: SyncConfig,
  refreshViews: () => void,
): Promise<Services> {
  const db = await dependencies.openDatabase();
  const records = new LocalRecords(db, config.schemas);
  const auth = new AuthManager(dependencies.sessionStorage, dependencies.fetcher);
  await auth.restore();
  const api = createApiClient(auth);
  const puller = new FeedPuller(config.kinds);

  const outbox = new Outbox({
    store: new SqlOutboxStore(db),
    transport: (dependencies.transport ?? createTransport)(auth),
    reachable: (dependencies.reachable ?? ((session) => createReachability(session, dependencies.fetcher)))(auth),
    newId: dependencies.newId,
    now: dependencies.now,
    async applyAnswer(tx, item, response) {
      const local = records.within(tx);
      const applier = config.appliers[item.kind];
      if (applier) return applier(local, item, response, tx);
      const body = response.body as { id?: unknown } | null;
      if (!item.entityKind || !body || typeof body.id !== "string") return;
      await local.putServer(item.entityKind as RecordKind, [body as { id: string }]);
    },
    async revert(tx, item) {
      await config.reverters?.[item.kind]?.(tx, item);
      if (item.entityKind && item.entityId) await records.within(tx).revert(item.entityKind as RecordKind, item.entityId);
    },
    loadUpload: (item) => loadUpload(db, item),
    async resolveVersion(entityKind, entityId) {
      const version = await records.serverVersion(entityKind as RecordKind, entityId);
      return version === null ? null : String(version);
    },
  });

  const engine = new SyncEngine({
    outbox,
    pull: () => puller.pull({ api: api(), records, now: dependencies.now }),
    onChange: refreshViews,
    loadLastSyncAt: async () => Number((await records.getMeta(LAST_SYNC_KEY)) ?? "") || null,
    saveLastSyncAt: (at) => records.setMeta(LAST_SYNC_KEY, String(at)),
    now: dependencies.now,
  });

  const services: Services = {
    auth,
    api,
    db,
    records,
    outbox,
    engine,
    schemas: config.schemas,
    refreshViews,
    async capture<T extends { id: string }>({ record, local, write }: Capture<T>) {
      const item = await outbox.enqueue({ ...write, base: write.base ?? (await editedCopy(records, write)) }, async (tx) => {
        if (record) await records.within(tx).putLocal(record.kind, [record.data]);
        await local?.(tx);
      });
      refreshViews();
      engine.kick();
      return item;
    },
  };
  await engine.start();
  return services;
}

/**
 * The server's copy an edit was made on: the one the phone holds when its version
 * is the one the edit sends as If-Match (the outbox keeps it with the write).
 */
async function editedCopy(records: LocalRecords, write: WriteRequest): Promise<Record<string, unknown> | null> {
  if (write.ifMatch === undefined || write.ifMatch === null || !write.entityKind || !write.entityId) return null;
  const held = await records.serverCopy<Record<string, unknown>>(write.entityKind as RecordKind, write.entityId);
  return held && held.version !== null && String(held.version) === String(write.ifMatch) ? held.data : null;
}

/** Provides services built elsewhere (tests build them on an in-memory database). */
export function ProvideServices({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function ServicesProvider({
  dependencies,
  config,
  fallback,
  failure,
  children,
}: {
  dependencies: ServicesDependencies;
  config: SyncConfig;
  fallback: ReactNode;
  /** What the app shows when it cannot start (its database would not open); `retry` starts again. */
  failure: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [services, setServices] = useState<Services | null>(null);
  const [problem, setProblem] = useState<Error | null>(null);
  // Each attempt to start; a retry is a new attempt. The ref keeps an attempt from running twice.
  const [attempt, setAttempt] = useState(0);
  const started = useRef(-1);

  useEffect(() => {
    if (started.current === attempt) return;
    started.current = attempt;
    createServices(dependencies, config, () => void queryClient.invalidateQueries()).then(setServices, (error: unknown) =>
      setProblem(error instanceof Error ? error : new Error(String(error))),
    );
  }, [dependencies, config, queryClient, attempt]);

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

  if (problem) {
    const retry = () => {
      setProblem(null);
      setAttempt((previous) => previous + 1);
    };
    return <>{failure(problem, retry)}</>;
  }
  if (!services) return <>{fallback}</>;
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}
