// Serves the web export (mobile/dist, from `make mobile-export`) on http://127.0.0.1:8081
// with the cross-origin isolation headers its SQLite worker needs. PORT and HOST override.
import path from "node:path";
import { fileURLToPath } from "node:url";

import { startStaticServer } from "../e2e/support/static-server.mjs";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const server = await startStaticServer(dist, Number(process.env.PORT ?? 8081), process.env.HOST ?? "127.0.0.1");
console.log(`Sales Field (web) on ${server.url}`);
