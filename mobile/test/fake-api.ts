/**
 * The read side of the API for pull tests: keyset lists and the change feed
 * (GET /sync/cursor, GET /sync/changes with since/limit/entity, 410 on demand).
 * Feed positions are plain numbers here; the real server's cursors are opaque.
 */
interface Change {
  entity: string;
  id: string;
  op: "upsert" | "delete";
  version?: number | null;
  reason?: string | null;
  data?: Item | null;
}

type Item = { id: string; version?: number };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

export class FakeApi {
  /** Full lists by path, e.g. "/api/v1/customers"; "/api/v1/pipelines" answers a bare array. */
  lists = new Map<string, Item[]>();
  feed: Change[] = [];
  /** The next change-feed read answers 410 sync.resync_required. */
  resyncRequired = false;
  requests: string[] = [];
  /** Answer every request with this status (the server is in trouble). */
  failing: number | null = null;
  /** Called after a list page is served: the world may change while the phone loads. */
  onListPage: (path: string) => void = () => undefined;

  upsert<T extends Item>(entity: string, data: T) {
    this.feed.push({ entity, id: data.id, op: "upsert", version: data.version ?? 1, reason: null, data });
  }

  remove(entity: string, id: string, reason = "out_of_scope") {
    this.feed.push({ entity, id, op: "delete", reason, data: null });
  }

  fetch = async (input: Request | string): Promise<Response> => {
    const request = typeof input === "string" ? new Request(input) : input;
    const url = new URL(request.url);
    this.requests.push(`${request.method} ${url.pathname}${url.search}`);
    if (this.failing !== null) return json(this.failing, { title: "Bad gateway", status: this.failing });
    if (url.pathname === "/api/v1/sync/cursor") return json(200, { cursor: String(this.feed.length) });
    if (url.pathname === "/api/v1/sync/changes") return this.changes(url);
    const list = this.lists.get(url.pathname);
    if (list === undefined) return json(404, { code: "not_found", title: "Not found", status: 404 });
    if (url.pathname === "/api/v1/pipelines") return json(200, list);
    const limit = Number(url.searchParams.get("limit") ?? 50);
    const start = Number(url.searchParams.get("cursor") ?? 0);
    const items = list.slice(start, start + limit);
    const next = start + limit < list.length ? String(start + limit) : null;
    this.onListPage(url.pathname);
    return json(200, { items, next_cursor: next });
  };

  private changes(url: URL): Response {
    if (this.resyncRequired) {
      this.resyncRequired = false;
      return json(410, { code: "sync.resync_required", title: "Your access changed: sync everything again", status: 410 });
    }
    const since = Number(url.searchParams.get("since") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 500);
    const entities = url.searchParams.getAll("entity");
    const page: Change[] = [];
    let position = since;
    while (position < this.feed.length && page.length < limit) {
      const change = this.feed[position]!;
      position += 1;
      if (entities.length === 0 || entities.includes(change.entity)) page.push(change);
    }
    const hasMore = this.feed.slice(position).some((change) => entities.length === 0 || entities.includes(change.entity));
    return json(200, { changes: page, next_cursor: String(hasMore ? position : this.feed.length), has_more: hasMore });
  }
}
