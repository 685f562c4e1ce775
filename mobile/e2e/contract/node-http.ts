/**
 * A fetch over Node's own http module. Under jest-expo, the global `fetch` is
 * expo/fetch on a stubbed native module (it never reaches a network); a contract
 * test needs the real thing.
 */
import http from "node:http";

export const nodeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  const body = request.method === "GET" || request.method === "HEAD" ? null : await request.text();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  return new Promise((resolve, reject) => {
    const outgoing = http.request(request.url, { method: request.method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", reject);
      incoming.on("end", () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        const status = incoming.statusCode ?? 500;
        const text = Buffer.concat(chunks).toString("utf8");
        resolve(new Response(status === 204 || status === 304 ? null : text, { status, headers: answer }));
      });
    });
    outgoing.on("error", (error) => reject(new TypeError(`Network request failed: ${error.message}`)));
    request.signal?.addEventListener("abort", () => outgoing.destroy(new Error("aborted")));
    if (body) outgoing.write(body);
    outgoing.end();
  });
};
