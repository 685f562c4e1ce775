import { unwrap, type ApiClient } from "@/lib/api/client";
import type { components } from "@/lib/api/schema.gen";
import type { LocalRecords } from "@/lib/local-records";

export type Me = components["schemas"]["Me"];

const ME_KEY = "me";

export async function fetchMe(api: ApiClient, records: LocalRecords): Promise<Me> {
  const me = unwrap(await api.GET("/api/v1/users/me"));
  await records.setMeta(ME_KEY, JSON.stringify(me));
  return me;
}

export async function cachedMe(records: LocalRecords): Promise<Me | null> {
  const stored = await records.getMeta(ME_KEY);
  return stored ? (JSON.parse(stored) as Me) : null;
}
